import "server-only";
import { db } from "@/server/db";
import { recordActivity } from "@/server/data/activity/record-activity";
import { notifyCollab } from "@/server/collab/notify-collab";
import { loadInitiativeToManage } from "./load-initiative-to-manage";

export type UnarchiveInitiativeOptions = { userId: string; initiativeId: string };

/**
 * Restores an archived initiative (owners and editors): back in the list and
 * writable as its stage rules allow. Its open read-only editors are closed
 * after the change and reconnect with the rights they have now. Restoring an
 * active initiative changes nothing.
 */
export async function unarchiveInitiative({ userId, initiativeId }: UnarchiveInitiativeOptions) {
  const restored = await db().$transaction(async (tx) => {
    const initiative = await loadInitiativeToManage({
      tx,
      userId,
      initiativeId,
      permission: "initiative.archive",
      refusal: "Only owners and editors can restore an archived initiative.",
    });
    if (!initiative.archivedAt) return { initiative, changed: false };
    await tx.initiative.update({ where: { id: initiative.id }, data: { archivedAt: null } });
    await recordActivity({
      tx,
      workspaceId: initiative.workspaceId,
      initiativeId: initiative.id,
      actorId: userId,
      type: "initiative.unarchived",
    });
    return { initiative, changed: true };
  });
  if (restored.changed) await notifyCollab({ documents: restored.initiative.documents });
  return { id: restored.initiative.id, archivedAt: null };
}
