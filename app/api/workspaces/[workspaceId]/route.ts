import { apiRoute } from "@/server/http/api-route";
import { renameWorkspace } from "@/server/data/workspace/rename-workspace";

/** Renames a workspace (owners): `{ name }` → `{ workspace: { id, name } }`. */
export const PATCH = apiRoute<{ workspaceId: string }>(async ({ ctx, params, input }) => ({
  body: {
    workspace: await renameWorkspace({
      userId: ctx.user.id,
      workspaceId: params.workspaceId,
      input,
    }),
  },
}));
