import "server-only";
import { parseId } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { recordActivity } from "@/server/data/activity/record-activity";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { listWorkspaces } from "@/server/data/workspace/list-workspaces";
import { getActor } from "./get-actor";
import { assertKeepsAnOwner, inTransaction } from "./change-membership";

export type LeaveWorkspaceOptions = { userId: string; workspaceId: string };

/**
 * Leaves a workspace (any member; outsiders 404). The last owner cannot
 * leave (409 LAST_OWNER): a workspace always keeps one. As when an owner
 * removes someone, the person's open editors in it stop writing before the
 * membership goes (what they wrote until then is stored) and are closed
 * after. Returns where to go next: another workspace, or /no-workspace.
 */
export async function leaveWorkspace({ userId, workspaceId }: LeaveWorkspaceOptions) {
  workspaceId = parseId(workspaceId, "Workspace");
  const refusal = "You are not a member of this workspace.";
  authorize(await getActor({ userId, workspaceId }), "workspace.leave", {
    hidden: "Workspace",
    refusal,
  });
  await whileCollabFrozen({ members: [{ userId, workspaceId }] }, () =>
    inTransaction(async (tx) => {
      // Serialise with other membership changes, as removals and role changes do.
      await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
      const actor = await getActor({ userId, workspaceId, tx });
      authorize(actor, "workspace.leave", { hidden: "Workspace", refusal });
      await assertKeepsAnOwner(tx, workspaceId, actor);
      await tx.membership.delete({ where: { userId_workspaceId: { userId, workspaceId } } });
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { email: true },
      });
      await recordActivity({
        tx,
        workspaceId,
        actorId: userId,
        type: "member.left",
        data: { memberId: userId, email: user.email },
      });
    }),
  );
  const [next] = await listWorkspaces({ userId });
  return { next: next ? `/w/${next.id}` : "/no-workspace" };
}
