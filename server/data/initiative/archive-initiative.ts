import "server-only";
import { db } from "@/server/db";
import { parseId } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { loadInitiativeToManage } from "./load-initiative-to-manage";

export type ArchiveInitiativeOptions = { userId: string; initiativeId: string };

const REFUSAL = "Only owners and editors can archive an initiative.";

/**
 * Archives an initiative (owners and editors): hidden from the default list
 * and read-only everywhere until restored. Its open editors stop writing
 * before the archive commits (what they typed until then is stored) and are
 * closed after it, reconnecting read-only. Archiving an archived initiative
 * changes nothing.
 */
export async function archiveInitiative({ userId, initiativeId }: ArchiveInitiativeOptions) {
  initiativeId = parseId(initiativeId, "Initiative");
  const before = await loadInitiativeToManage({
    userId,
    initiativeId,
    permission: "initiative.archive",
    refusal: REFUSAL,
  });
  if (before.archivedAt) return { id: before.id, archivedAt: before.archivedAt };
  return whileCollabFrozen({ documents: before.documents }, () =>
    db().$transaction(async (tx) => {
      const initiative = await loadInitiativeToManage({
        tx,
        userId,
        initiativeId,
        permission: "initiative.archive",
        refusal: REFUSAL,
      });
      if (initiative.archivedAt) return { id: initiative.id, archivedAt: initiative.archivedAt };
      const archived = await tx.initiative.update({
        where: { id: initiative.id },
        data: { archivedAt: new Date() },
        select: { id: true, archivedAt: true },
      });
      await recordActivity({
        tx,
        workspaceId: initiative.workspaceId,
        initiativeId: initiative.id,
        actorId: userId,
        type: "initiative.archived",
      });
      return archived;
    }),
  );
}
