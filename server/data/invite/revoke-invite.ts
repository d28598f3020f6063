import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { authorize } from "@/server/policies/authorize";

export type RevokeInviteOptions = { userId: string; workspaceId: string; inviteId: string };

/** Withdraws a pending invite so its link stops working. */
export async function revokeInvite({ userId, workspaceId, inviteId }: RevokeInviteOptions) {
  workspaceId = parseId(workspaceId, "Workspace");
  inviteId = parseId(inviteId, "Invite");
  const actor = await getActor({ userId, workspaceId });
  authorize(actor, "workspace.manageMembers", {
    hidden: "Workspace",
    refusal: "Only owners can withdraw invites.",
  });
  const { count } = await db().invite.updateMany({
    where: { id: inviteId, workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("Invite");
  return { id: inviteId };
}
