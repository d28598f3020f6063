import "server-only";
import { db } from "@/server/db";
import { conflict, forbidden, parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { notifyStage } from "@/server/data/notification/notify-stage";
import { listDraftReaders } from "@/server/data/membership/list-draft-readers";
import { loadSectionForUpdate } from "@/server/data/section/load-section-for-update";
import { assertAllowed } from "@/server/data/section/stage-refusal";
import { applyStageChanges } from "@/server/data/section/apply-stage-changes";
import { notifyCollab } from "@/server/collab/notify-collab";
import { ZDecideReviewSchema } from "@/lib/schemas/review";
import { sectionDocumentName } from "@/lib/collab-document";
import { READY, STAGE_INFO, transition } from "@/lib/stages";
import { loadReviewState } from "./load-review-state";

export type DecideReviewOptions = { userId: string; sectionId: string; input: unknown };

/**
 * A requested reviewer's answer on a stage in review, once per round:
 * "approve", or "requestChanges" with a note, which returns the stage to
 * drafting (its editors can write again) with the note shown on it. The
 * person who asked for the review and the initiative's owner are told.
 * Only the reviewers asked in the current round may answer; anyone else,
 * whatever their role, is refused.
 */
export async function decideReview({ userId, sectionId, input }: DecideReviewOptions) {
  const { decision, note } = parseInput(ZDecideReviewSchema, input);
  sectionId = parseId(sectionId, "Section");
  const outcome = await db().$transaction(async (tx) => {
    const { section, siblings, states, actor, workspaceId, initiativeId } =
      await loadSectionForUpdate({ tx, userId, sectionId });
    authorize(actor, "section.review", {
      hidden: "Section",
      refusal: "Only owners, editors and reviewers can review a stage.",
    });
    const label = STAGE_INFO[section.stage].label;
    const review = await loadReviewState({ tx, sectionId, workspaceId });
    const mine = review.reviews.find((candidate) => candidate.reviewerId === userId);
    if (!mine) throw forbidden(`You were not asked to review ${label}.`);
    const result = transition(states, section.stage, decision, {
      ...READY,
      review: review.facts,
    });
    assertAllowed(result);
    if (mine.status !== "PENDING")
      throw conflict(
        "ALREADY_DECIDED",
        `You already ${mine.status === "APPROVED" ? "approved" : "requested changes to"} ${label} in this round.`,
      );

    const status = decision === "approve" ? "APPROVED" : "CHANGES_REQUESTED";
    await tx.review.update({
      where: { id: mine.id },
      data: { status, note: note || null, decidedAt: new Date() },
    });
    const type = decision === "approve" ? "review.approved" : "review.changesRequested";
    await applyStageChanges({
      tx,
      sectionId,
      initiativeId,
      siblings,
      result,
      activity: {
        workspaceId,
        actorId: userId,
        type,
        data: { round: review.round, ...(note ? { note } : {}) },
      },
    });
    const { ownerId } = await tx.initiative.findUniqueOrThrow({
      where: { id: initiativeId },
      select: { ownerId: true },
    });
    await notifyStage({
      tx,
      type,
      recipients: await listDraftReaders({
        tx,
        workspaceId,
        userIds: [mine.requestedById, ownerId],
      }),
      actorId: userId,
      workspaceId,
      initiativeId,
      stage: section.stage,
      note,
    });
    return { status, states: result.states, changes: result.changes };
  });
  // Writable again: the database's trigger tells the collab servers too; this is only quicker.
  if (outcome.changes.length) await notifyCollab({ documents: [sectionDocumentName(sectionId)] });
  return outcome;
}
