import "server-only";
import { db } from "@/server/db";
import { conflict, parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import { ZCreateInviteSchema } from "@/lib/schemas/workspace";
import { env } from "@/lib/env";
import { INVITE_TTL_MS, newInviteToken } from "./invite-token";

export type CreateInviteOptions = { userId: string; workspaceId: string; input: unknown };

/**
 * Invites someone by email with a role. Returns the invite link, which is
 * shown to the inviter and written to the server log until email is wired up.
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

  const url = new URL(`/invite/${token}`, env().APP_URL).toString();
  console.info(
    `[invite] ${invite.email} invited to "${invite.workspace.name}" as ${invite.role}: ${url}`,
  );
  return { ...invite, url };
}
