import "server-only";
import type { DbTx } from "@/server/db";
import { STAGE_INFO, stagePath, type Stage } from "@/lib/stages";
import { excerpt as cut, type NotificationType } from "@/lib/notifications";
import { createNotifications } from "./create-notifications";

export type NotifyStageOptions = {
  tx: DbTx;
  type: NotificationType;
  /** Who to tell: only people who may read the initiative's drafts. */
  recipients: readonly string[];
  actorId: string;
  workspaceId: string;
  initiativeId: string;
  stage: Stage;
  /** A reviewer's note, quoted in the notification. */
  note?: string;
};

/**
 * Tells people about something that happened to a stage (a review asked or
 * answered, a completion, a reopen), linking to the stage's page, inside the
 * caller's transaction. The initiative's title and the stage's label are
 * captured now, as the notification shows them later.
 */
export async function notifyStage({
  tx,
  type,
  recipients,
  actorId,
  workspaceId,
  initiativeId,
  stage,
  note,
}: NotifyStageOptions): Promise<number> {
  const { title } = await tx.initiative.findUniqueOrThrow({
    where: { id: initiativeId },
    select: { title: true },
  });
  return createNotifications({
    tx,
    recipients,
    actorId,
    workspaceId,
    type,
    url: stagePath(workspaceId, initiativeId, stage),
    data: {
      initiative: title,
      stage: STAGE_INFO[stage].label,
      ...(note ? { excerpt: cut(note) } : {}),
    },
  });
}
