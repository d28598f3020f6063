import "server-only";
import { db } from "@/server/db";
import { parseId } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { loadSectionForUpdate } from "@/server/data/section/load-section-for-update";
import { assertAllowed } from "@/server/data/section/stage-refusal";
import { applyStageChanges } from "@/server/data/section/apply-stage-changes";
import { notifyCollab } from "@/server/collab/notify-collab";
import { sectionDocumentName } from "@/lib/collab-document";
import { READY, transition } from "@/lib/stages";
import { loadReviewState } from "./load-review-state";
import { notifyStage } from "@/server/data/notification/notify-stage";
import { listDraftReaders } from "@/server/data/membership/list-draft-readers";

export type WithdrawReviewOptions = { userId: string; sectionId: string };

/**
 * Takes a stage out of review, back to drafting, so its editors can write
 * again. The round's answers no longer count: the next request starts a new
 * round. Owners and editors only. Reviewers who had not answered are told.
 */
export async function withdrawReview({ userId, sectionId }: WithdrawReviewOptions) {
  sectionId = parseId(sectionId, "Section");
  const outcome = await db().$transaction(async (tx) => {
    const { section, siblings, states, actor, workspaceId, initiativeId } =
      await loadSectionForUpdate({ tx, userId, sectionId });
    authorize(actor, "section.transition", {
      hidden: "Section",
      refusal: "Only owners and editors can withdraw a review.",
    });
    const review = await loadReviewState({ tx, sectionId, workspaceId });
    const result = transition(states, section.stage, "withdrawReview", {
      ...READY,
      review: review.facts,
    });
    assertAllowed(result);
    await applyStageChanges({
      tx,
      sectionId,
      initiativeId,
      siblings,
      result,
      activity: {
        workspaceId,
        actorId: userId,
        type: "review.withdrawn",
        data: { round: review.round },
      },
    });
    // Those still asked are told, so nobody opens a review that is gone.
    await notifyStage({
      tx,
      type: "review.withdrawn",
      recipients: await listDraftReaders({
        tx,
        workspaceId,
        userIds: review.reviews
          .filter((one) => one.status === "PENDING")
          .map((one) => one.reviewerId),
      }),
      actorId: userId,
      workspaceId,
      initiativeId,
      stage: section.stage,
    });
    return { states: result.states, changes: result.changes };
  });
  // Writable again: the database's trigger tells the collab servers too; this is only quicker.
  await notifyCollab({ documents: [sectionDocumentName(sectionId)] });
  return outcome;
}
