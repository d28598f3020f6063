import { apiRoute } from "@/server/http/api-route";
import { leaveWorkspace } from "@/server/data/membership/leave-workspace";

/** Leaves a workspace (any member but its last owner: 409 `LAST_OWNER`) → `{ next }`, where to go. */
export const POST = apiRoute<{ workspaceId: string }>(async ({ ctx, params }) => ({
  body: await leaveWorkspace({ userId: ctx.user.id, workspaceId: params.workspaceId }),
}));
