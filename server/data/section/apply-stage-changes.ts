import "server-only";
import type { DbTx } from "@/server/db";
import type { Stage, TransitionResult } from "@/lib/stages";
import { sectionTopic } from "@/lib/live-events";
import { publishLive } from "@/server/live/publish-live";

export type ApplyStageChangesOptions = {
  tx: DbTx;
  /** The section acted on. */
  sectionId: string;
  initiativeId: string;
  /** The initiative's five sections. */
  siblings: readonly { id: string; stage: Stage }[];
  /** What the stage rules allowed. */
  result: Extract<TransitionResult, { ok: true }>;
};

/**
 * Writes what the stage rules decided, inside the caller's transaction:
 * each section's new state, a new review round where the rules start one,
 * the initiative's last change; and tells every page showing one of the
 * sections (at commit) to refetch. Returns the acted-on section's review
 * round as it now is, when a new one started.
 */
export async function applyStageChanges({
  tx,
  sectionId,
  initiativeId,
  siblings,
  result,
}: ApplyStageChangesOptions): Promise<{ newRound?: number }> {
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
  let newRound: number | undefined;
  if (result.newRound) {
    const section = await tx.section.update({
      where: { id: sectionId },
      data: { reviewRound: { increment: 1 } },
      select: { reviewRound: true },
    });
    newRound = section.reviewRound;
  }
  await tx.initiative.update({ where: { id: initiativeId }, data: { updatedAt: now } });
  await publishLive(
    tx,
    [...touched].map((id) => ({ topic: sectionTopic(id), kind: "review" as const })),
  );
  return { newRound };
}
