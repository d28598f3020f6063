import { apiRoute } from "@/server/http/api-route";
import { createWorkspace } from "@/server/data/workspace/create-workspace";

/** Creates a workspace the signed-in person owns: `{ name }` → 201 `{ workspace: { id, name } }`. */
export const POST = apiRoute<Record<string, never>>(async ({ ctx, input }) => ({
  status: 201,
  body: { workspace: await createWorkspace({ userId: ctx.user.id, input }) },
}));
