import "server-only";
import type { DbTx } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";

export type LoadShareScopeOptions = { tx: DbTx; userId: string; initiativeId: string };

/**
 * The initiative whose share link is being changed, its row locked so two
 * owners turning the link on at once leave one live link: 404 for anyone who
 * may not read it, 403 for members who may not share it.
 */
export async function loadShareScope({ tx, userId, initiativeId }: LoadShareScopeOptions) {
  const id = parseId(initiativeId, "Initiative");
  const [locked] = await tx.$queryRaw<{ workspaceId: string; archivedAt: Date | null }[]>`
    SELECT "workspaceId", "archivedAt" FROM "Initiative" WHERE id = ${id} FOR UPDATE`;
  if (!locked) throw notFound("Initiative");
  const { workspaceId, archivedAt } = locked;
  const actor = await getActor({ userId, workspaceId, tx });
  if (!can(actor, "publication.read")) throw notFound("Initiative");
  authorize(actor, "publication.share", {
    hidden: "Initiative",
    refusal: "Only the workspace's owners can share documents outside it.",
  });
  return { initiativeId: id, workspaceId, archivedAt };
}
