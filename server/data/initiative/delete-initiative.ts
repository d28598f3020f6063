import "server-only";
import { db, type DbTx } from "@/server/db";
import { AppError, parseId, parseInput } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { ZDeleteInitiativeSchema } from "@/lib/schemas/initiative";
import { publicationPath } from "@/lib/publication";
import { loadInitiativeToManage } from "./load-initiative-to-manage";

export type DeleteInitiativeOptions = { userId: string; initiativeId: string; input: unknown };

const REFUSAL = "Only the workspace's owners can delete an initiative.";

/**
 * Deletes an initiative for good (owners only), confirmed by typing its
 * title: its sections with their versions, images, reviews, threads and
 * comments, its publications with their feedback, its share links (which
 * then answer 404), its activity and the notifications that point into it,
 * in one transaction. The deletion itself is recorded at workspace level,
 * with the title. Open editors stop writing before it and are closed after.
 */
export async function deleteInitiative({ userId, initiativeId, input }: DeleteInitiativeOptions) {
  const { confirmation } = parseInput(ZDeleteInitiativeSchema, input);
  initiativeId = parseId(initiativeId, "Initiative");
  const manage = {
    userId,
    initiativeId,
    permission: "initiative.delete",
    refusal: REFUSAL,
  } as const;
  const before = await loadInitiativeToManage(manage);
  assertConfirmed(before.title, confirmation);
  return whileCollabFrozen({ documents: before.documents }, () =>
    db().$transaction(async (tx) => {
      const initiative = await loadInitiativeToManage({ ...manage, tx });
      // Renamed since the dialog opened: what was typed no longer names it.
      assertConfirmed(initiative.title, confirmation);
      await deleteNotificationsInto(tx, initiative);
      // Everything else hangs off the initiative with ON DELETE CASCADE (prisma/schema.prisma).
      await tx.initiative.delete({ where: { id: initiative.id } });
      await recordActivity({
        tx,
        workspaceId: initiative.workspaceId,
        actorId: userId,
        type: "initiative.deleted",
        data: { title: initiative.title, initiativeId: initiative.id },
      });
      return { id: initiative.id, workspaceId: initiative.workspaceId };
    }),
  );
}

function assertConfirmed(title: string, confirmation: string) {
  if (confirmation === title.trim()) return;
  const message = "Type the initiative's title exactly as it is to confirm.";
  throw new AppError(400, "INVALID_INPUT", `confirmation: ${message}`, { confirmation: message });
}

/**
 * Notifications have no foreign key to what they are about, only the path
 * they open (the stage, thread or publication): those that open this
 * initiative would lead to a 404.
 */
async function deleteNotificationsInto(
  tx: DbTx,
  { id, workspaceId }: { id: string; workspaceId: string },
) {
  const roots = [`/w/${workspaceId}/i/${id}`, publicationPath(id)];
  await tx.notification.deleteMany({
    where: {
      workspaceId,
      OR: roots.flatMap((root) => [
        { url: root },
        ...["/", "?", "#"].map((next) => ({ url: { startsWith: `${root}${next}` } })),
      ]),
    },
  });
}
