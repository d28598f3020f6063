import { apiRoute } from "@/server/http/api-route";
import { createInitiative } from "@/server/data/initiative/create-initiative";
import { listInitiatives } from "@/server/data/initiative/list-initiatives";

type Params = { workspaceId: string };

/** The workspace's initiatives with each stage's state. */
export const GET = apiRoute<Params>(async ({ ctx, params }) => ({
  body: {
    initiatives: await listInitiatives({ userId: ctx.user.id, workspaceId: params.workspaceId }),
  },
}));

/** Starts an initiative: `{ title, customer }`. */
export const POST = apiRoute<Params>(async ({ ctx, params, input }) => ({
  status: 201,
  body: {
    initiative: await createInitiative({
      userId: ctx.user.id,
      workspaceId: params.workspaceId,
      input,
    }),
  },
}));
