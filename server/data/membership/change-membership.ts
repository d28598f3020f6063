import "server-only";
import { db, type DbTx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { getActor } from "./get-actor";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";

type LoadOptions = { tx: DbTx; userId: string; workspaceId: string; membershipId: string };

/**
 * Loads a membership for an owner to change, refusing anyone else. Shared by
 * role changes and removals, which follow the same rules.
 */
export async function loadMembershipToChange({
  tx,
  userId,
  workspaceId,
  membershipId,
}: LoadOptions) {
  const actor = await getActor({ userId, workspaceId, tx });
  authorize(actor, "workspace.manageMembers", {
    hidden: "Workspace",
    refusal: "Only owners can change members.",
  });
  // Serialise membership changes per workspace so two owners cannot demote each other at once.
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { id: true, role: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw notFound("Member");
  return membership;
}

/**
 * Whose rights a membership change would change, read before the change so
 * the collab server can freeze their connections first: undefined when the
 * caller may not make it or the membership does not exist (the change then
 * refuses with the right status on its own).
 */
export async function memberToChange({
  userId,
  workspaceId,
  membershipId,
}: Omit<LoadOptions, "tx">): Promise<{ userId: string; workspaceId: string } | undefined> {
  const actor = await getActor({ userId, workspaceId });
  if (!can(actor, "workspace.manageMembers")) return undefined;
  const membership = await db().membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { userId: true },
  });
  return membership ? { userId: membership.userId, workspaceId } : undefined;
}

/** Refuses a change that would leave the workspace with no owner. */
export async function assertKeepsAnOwner(
  tx: DbTx,
  workspaceId: string,
  membership: { role: string },
) {
  if (membership.role !== "OWNER") return;
  const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
  if (owners <= 1)
    throw conflict(
      "LAST_OWNER",
      "A workspace needs at least one owner. Make someone else an owner first.",
    );
}

export const inTransaction = <T>(fn: (tx: DbTx) => Promise<T>) => db().$transaction(fn);
