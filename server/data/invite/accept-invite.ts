import "server-only";
import { db, type DbTx } from "@/server/db";
import { AppError, conflict, forbidden, notFound } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { getInviteByToken } from "./get-invite";

export type AcceptInviteOptions = { userId: string; token: string };

const STATUS_MESSAGES = {
  ACCEPTED: "This invite has already been used.",
  EXPIRED: "This invite has expired. Ask for a new one.",
  REVOKED: "This invite was withdrawn. Ask for a new one.",
} as const;

/**
 * Joins the invite's workspace with its role. The signed-in account must have
 * the invited email: a forwarded link does not let someone else in. Whoever
 * sent the invite and the workspace's owners are told they joined.
 */
export async function acceptInvite({ userId, token }: AcceptInviteOptions) {
  const invite = await getInviteByToken({ token });
  if (!invite) throw notFound("Invite");
  if (invite.status !== "PENDING")
    throw new AppError(410, invite.status, STATUS_MESSAGES[invite.status]);
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true },
  });
  if (user.email !== invite.email) {
    throw forbidden(`This invite is for ${invite.email}. You're signed in as ${user.email}.`);
  }
  return db().$transaction(async (tx) => {
    // Claim the invite first, so two tabs accepting at once cannot both succeed.
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count === 0) throw conflict("ACCEPTED", STATUS_MESSAGES.ACCEPTED);
    const existing = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: invite.workspaceId } },
    });
    if (existing) throw conflict("ALREADY_MEMBER", "You're already a member of this workspace.");
    await tx.membership.create({
      data: { userId, workspaceId: invite.workspaceId, role: invite.role },
    });
    await recordActivity({
      tx,
      workspaceId: invite.workspaceId,
      actorId: userId,
      type: "member.joined",
      data: { role: invite.role },
    });
    await notifyJoined(tx, { userId, workspaceId: invite.workspaceId, inviteId: invite.id });
    return { workspaceId: invite.workspaceId, role: invite.role };
  });
}

/**
 * "Bob joined Acme": to the workspace's owners and whoever sent the invite
 * (if still a member), linking to the member list every member may read.
 */
async function notifyJoined(
  tx: DbTx,
  { userId, workspaceId, inviteId }: { userId: string; workspaceId: string; inviteId: string },
) {
  const [sent, members] = await Promise.all([
    tx.invite.findUniqueOrThrow({
      where: { id: inviteId },
      select: { invitedById: true, workspace: { select: { name: true } } },
    }),
    tx.membership.findMany({ where: { workspaceId }, select: { userId: true, role: true } }),
  ]);
  const recipients = members
    .filter((member) => member.role === "OWNER" || member.userId === sent.invitedById)
    .map((member) => member.userId);
  await createNotifications({
    tx,
    recipients,
    actorId: userId,
    workspaceId,
    type: "member.added",
    url: `/w/${workspaceId}/settings`,
    data: { workspace: sent.workspace.name },
  });
}
