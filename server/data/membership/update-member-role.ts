import "server-only";
import { parseId, parseInput } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { ZUpdateMemberRoleSchema } from "@/lib/schemas/workspace";
import {
  assertKeepsAnOwner,
  inTransaction,
  loadMembershipToChange,
  memberToChange,
} from "./change-membership";

export type UpdateMemberRoleOptions = {
  userId: string;
  workspaceId: string;
  membershipId: string;
  input: unknown;
};

/**
 * Gives a member another role; the last owner cannot be demoted. Their open
 * editors are frozen before the change and reconnect after it with the
 * rights of the new role.
 */
export async function updateMemberRole({
  userId,
  workspaceId,
  membershipId,
  input,
}: UpdateMemberRoleOptions) {
  const { role } = parseInput(ZUpdateMemberRoleSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  membershipId = parseId(membershipId, "Member");
  const member = await memberToChange({ userId, workspaceId, membershipId });
  const update = () =>
    inTransaction(async (tx) => {
      const membership = await loadMembershipToChange({ tx, userId, workspaceId, membershipId });
      if (membership.role === role) return { id: membership.id, role };
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
      return { id: updated.id, role: updated.role };
    });
  return member ? whileCollabFrozen({ members: [member] }, update) : update();
}
