import "server-only";
import { parseId } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import {
  assertKeepsAnOwner,
  inTransaction,
  loadMembershipToChange,
  memberToChange,
} from "./change-membership";

export type RemoveMemberOptions = { userId: string; workspaceId: string; membershipId: string };

/**
 * Removes someone from a workspace; the last owner cannot be removed. Their
 * open editors stop writing before the removal commits (what they wrote
 * until then is stored) and are closed after it.
 */
export async function removeMember({ userId, workspaceId, membershipId }: RemoveMemberOptions) {
  workspaceId = parseId(workspaceId, "Workspace");
  membershipId = parseId(membershipId, "Member");
  const member = await memberToChange({ userId, workspaceId, membershipId });
  const remove = () =>
    inTransaction(async (tx) => {
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
      return { id: membership.id };
    });
  return member ? whileCollabFrozen({ members: [member] }, remove) : remove();
}
