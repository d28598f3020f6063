import "server-only";
import { parseId } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { notifyCollab } from "@/server/collab/notify-collab";
import { assertKeepsAnOwner, inTransaction, loadMembershipToChange } from "./change-membership";

export type RemoveMemberOptions = { userId: string; workspaceId: string; membershipId: string };

/** Removes someone from a workspace; the last owner cannot be removed. */
export async function removeMember({ userId, workspaceId, membershipId }: RemoveMemberOptions) {
  workspaceId = parseId(workspaceId, "Workspace");
  membershipId = parseId(membershipId, "Member");
  const outcome = await inTransaction(async (tx) => {
    const membership = await loadMembershipToChange({ tx, userId, workspaceId, membershipId });
    await assertKeepsAnOwner(tx, workspaceId, membership);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordActivity({
      tx,
      workspaceId,
      actorId: userId,
      type: "member.removed",
      data: { memberId: membership.userId, email: membership.user.email },
    });
    return { id: membership.id, memberId: membership.userId };
  });
  await notifyCollab({ members: [{ userId: outcome.memberId, workspaceId }] });
  return { id: outcome.id };
}
