import { apiRoute } from "@/server/http/api-route";
import { updateWorkspaceSettings } from "@/server/data/workspace/update-workspace-settings";

/** Changes the workspace's settings (owners): `{ requiredApprovals: 0 | 1 | 2 }`. */
export const PATCH = apiRoute<{ workspaceId: string }>(async ({ ctx, params, input }) => ({
  body: {
    settings: await updateWorkspaceSettings({
      userId: ctx.user.id,
      workspaceId: params.workspaceId,
      input,
    }),
  },
}));
