import "server-only";
import { parseId, parseInput } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { notifyCollab } from "@/server/collab/notify-collab";
import { ZUpdateMemberRoleSchema } from "@/lib/schemas/workspace";
import { assertKeepsAnOwner, inTransaction, loadMembershipToChange } from "./change-membership";

export type UpdateMemberRoleOptions = {
  userId: string;
  workspaceId: string;
  membershipId: string;
  input: unknown;
};

/** Gives a member another role; the last owner cannot be demoted. */
export async function updateMemberRole({
  userId,
  workspaceId,
  membershipId,
  input,
}: UpdateMemberRoleOptions) {
  const { role } = parseInput(ZUpdateMemberRoleSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  membershipId = parseId(membershipId, "Member");
  const outcome = await inTransaction(async (tx) => {
    const membership = await loadMembershipToChange({ tx, userId, workspaceId, membershipId });
    if (membership.role === role) return { id: membership.id, role, memberId: membership.userId };
    if (role !== "OWNER") await assertKeepsAnOwner(tx, workspaceId, membership);
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { role },
      select: { id: true, role: true, userId: true },
    });
    await recordActivity({
      tx,
      workspaceId,
      actorId: userId,
      type: "member.roleChanged",
      data: { memberId: membership.userId, from: membership.role, to: role },
    });
    return { id: updated.id, role: updated.role, memberId: updated.userId };
  });
  await notifyCollab({ members: [{ userId: outcome.memberId, workspaceId }] });
  return { id: outcome.id, role: outcome.role };
}
