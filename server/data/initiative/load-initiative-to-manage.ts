import "server-only";
import { db, type DbTx } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { authorize } from "@/server/policies/authorize";
import { can, type Permission } from "@/server/policies/permissions";
import { sectionDocumentName } from "@/lib/collab-document";

export type LoadInitiativeToManageOptions = {
  userId: string;
  initiativeId: string;
  /** What the change needs: initiative.edit, initiative.archive or initiative.delete. */
  permission: Permission;
  /** Why a member without it is refused (403). */
  refusal: string;
  /** Inside a transaction, the initiative's row is locked until it ends. */
  tx?: DbTx;
};

/**
 * An initiative someone is about to rename, archive, restore or delete, with
 * its sections' collab document names (to freeze and close them). 404 for
 * anyone who may not read its drafts (outsiders, viewers: whether it exists
 * is not theirs to know), 403 for a reader whose role may not do `permission`.
 */
export async function loadInitiativeToManage({
  userId,
  initiativeId,
  permission,
  refusal,
  tx,
}: LoadInitiativeToManageOptions) {
  const id = parseId(initiativeId, "Initiative");
  const client = tx ?? db();
  if (tx) await tx.$queryRaw`SELECT id FROM "Initiative" WHERE id = ${id} FOR UPDATE`;
  const initiative = await client.initiative.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      workspaceId: true,
      archivedAt: true,
      sections: { select: { id: true } },
    },
  });
  if (!initiative) throw notFound("Initiative");
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId, tx });
  if (!can(actor, "initiative.readDrafts")) throw notFound("Initiative");
  authorize(actor, permission, { hidden: "Initiative", refusal });
  const { sections, ...rest } = initiative;
  return { ...rest, documents: sections.map((section) => sectionDocumentName(section.id)) };
}
