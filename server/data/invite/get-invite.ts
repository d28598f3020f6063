import "server-only";
import { db } from "@/server/db";
import { hashInviteToken, isInviteToken } from "./invite-token";

export type InviteStatus = "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED";

/** What an invite link leads to, or null when the link is unknown or cannot be one. */
export async function getInviteByToken({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!isInviteToken(token)) return null;
  const invite = await db().invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspaceId: true,
      workspace: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invite) return null;
  const status: InviteStatus = invite.acceptedAt
    ? "ACCEPTED"
    : invite.revokedAt
      ? "REVOKED"
      : invite.expiresAt <= now
        ? "EXPIRED"
        : "PENDING";
  return { ...invite, status };
}
