import "server-only";
import { db } from "@/server/db";
import { conflict, parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import type { Role } from "@/lib/roles";
import { ZCreateInviteSchema } from "@/lib/schemas/workspace";
import { inviteEmail } from "@/lib/mail/invite-email";
import { sendMail, type MailDelivery } from "@/server/mail/send-mail";
import { appLink } from "@/server/mail/app-link";
import { INVITE_TTL_MS, newInviteToken } from "./invite-token";

export type CreateInviteOptions = { userId: string; workspaceId: string; input: unknown };

/** How the invite reached its recipient: emailed, logged (no SMTP_URL), or not (the send failed). */
export type InviteDelivery = MailDelivery | "failed";

/**
 * Invites someone by email with a role, and emails them the link once the
 * invite is committed. Returns the link either way, for the inviter to copy:
 * a failed send loses nothing, and `delivery` says what happened.
 * A newer invite to the same address replaces any pending one.
 */
export async function createInvite({ userId, workspaceId, input }: CreateInviteOptions) {
  const { email, role } = parseInput(ZCreateInviteSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  const actor = await getActor({ userId, workspaceId });
  authorize(actor, "workspace.manageMembers", {
    hidden: "Workspace",
    refusal: "Only owners can invite members.",
  });

  const { token, tokenHash } = newInviteToken();
  const invite = await db().$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({ where: { workspaceId, user: { email } } });
    if (existing)
      throw conflict("ALREADY_MEMBER", `${email} is already a member of this workspace.`);
    await tx.invite.updateMany({
      where: { workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invite.create({
      data: {
        workspaceId,
        email,
        role,
        tokenHash,
        invitedById: userId,
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        workspace: { select: { name: true } },
        invitedBy: { select: { name: true } },
      },
    });
    await recordActivity({
      tx,
      workspaceId,
      actorId: userId,
      type: "member.invited",
      data: { email, role },
    });
    return created;
  });

  const url = appLink(`/invite/${token}`);
  const delivery = await deliverInvite({ ...invite, url });
  return { ...invite, url, delivery };
}

/** Sends the invite email; a refusal is logged and reported, never thrown: the invite stands. */
async function deliverInvite(invite: {
  email: string;
  role: Role;
  expiresAt: Date;
  url: string;
  workspace: { name: string };
  invitedBy: { name: string };
}): Promise<InviteDelivery> {
  try {
    return await sendMail(
      inviteEmail({
        to: invite.email,
        inviterName: invite.invitedBy.name,
        workspaceName: invite.workspace.name,
        role: invite.role,
        url: invite.url,
        expiresAt: invite.expiresAt,
      }),
    );
  } catch (error) {
    console.error(
      `[invite] could not email the invite to ${invite.email}; the link still works: ${invite.url}`,
      error,
    );
    return "failed";
  }
}
