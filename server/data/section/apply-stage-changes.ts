import "server-only";
import type { DbTx } from "@/server/db";
import { STAGE_INFO, type Stage, type TransitionResult } from "@/lib/stages";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity, type ActivityType } from "@/server/data/activity/record-activity";
import { sectionTopic } from "@/lib/live-events";
import { publishLive } from "@/server/live/publish-live";
import { copySectionVersions } from "@/server/data/version/copy-section-versions";

export type ApplyStageChangesOptions = {
  tx: DbTx;
  /** The section acted on. */
  sectionId: string;
  initiativeId: string;
  /** The initiative's five sections. */
  siblings: readonly { id: string; stage: Stage }[];
  /** What the stage rules allowed. */
  result: Extract<TransitionResult, { ok: true }>;
  /** The activity log's entry for it; the stage and its label are added. */
  activity: {
    workspaceId: string;
    actorId: string;
    type: ActivityType;
    data?: Prisma.InputJsonObject;
  };
};

/**
 * Writes what the stage rules decided, inside the caller's transaction:
 * each section's new state, a new review round where the rules start one,
 * the initiative's last change and the activity log's entry; a version of
 * every section it sends to review or completes (the collab freeze stored
 * their latest edits before this transaction); and tells every page
 * showing one of the sections (at commit) to refetch.
 */
export async function applyStageChanges({
  tx,
  sectionId,
  initiativeId,
  siblings,
  result,
  activity,
}: ApplyStageChangesOptions): Promise<void> {
  const now = new Date();
  const touched = new Set([sectionId]);
  for (const change of result.changes) {
    const target = siblings.find((sibling) => sibling.stage === change.stage);
    if (!target) continue;
    touched.add(target.id);
    await tx.section.update({
      where: { id: target.id },
      data: { state: change.to, completedAt: change.to === "COMPLETE" ? now : null },
    });
  }
  for (const kind of ["IN_REVIEW", "COMPLETE"] as const) {
    const sectionIds = result.changes.flatMap((change) =>
      change.to === kind
        ? siblings.filter((sibling) => sibling.stage === change.stage).map((sibling) => sibling.id)
        : [],
    );
    await copySectionVersions({
      tx,
      sectionIds,
      kind: kind === "IN_REVIEW" ? "REVIEW" : "COMPLETE",
      createdById: activity.actorId,
      createdAt: now,
    });
  }
  if (result.newRound)
    await tx.section.update({
      where: { id: sectionId },
      data: { reviewRound: { increment: 1 } },
    });
  await tx.initiative.update({ where: { id: initiativeId }, data: { updatedAt: now } });
  const stage = siblings.find((sibling) => sibling.id === sectionId)?.stage;
  await recordActivity({
    tx,
    workspaceId: activity.workspaceId,
    initiativeId,
    actorId: activity.actorId,
    type: activity.type,
    data: { ...(stage ? { stage, label: STAGE_INFO[stage].label } : {}), ...activity.data },
  });
  await publishLive(
    tx,
    [...touched].map((id) => ({ topic: sectionTopic(id), kind: "review" as const })),
  );
}
