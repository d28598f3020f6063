import "server-only";
import type { DbTx } from "@/server/db";
import type { StageFacts, Stage } from "@/lib/stages";
import type { CustomerAnswers } from "@/lib/customer-questions";
import { completionFacts } from "@/lib/checks";
import { loadReviewState, type ReviewState } from "@/server/data/review/load-review-state";
import type { JSONContent } from "@tiptap/core";

export type LoadStageFactsOptions = {
  tx: DbTx;
  /** The section as loadSectionForUpdate read it, with its stored document. */
  section: { id: string; stage: Stage; content: unknown };
  customer: CustomerAnswers;
  workspaceId: string;
};

/**
 * Everything the stage rules need to decide on a section, inside the
 * caller's locked transaction: the checks run on the document as stored now
 * (after any freeze, so it holds everyone's latest edits, whatever the
 * browser claimed) and the review of the current round.
 */
export async function loadStageFacts({
  tx,
  section,
  customer,
  workspaceId,
}: LoadStageFactsOptions): Promise<{ facts: StageFacts; review: ReviewState }> {
  const content = completionFacts(section.stage, section.content as JSONContent | null, {
    customer,
  });
  const review = await loadReviewState({ tx, sectionId: section.id, workspaceId });
  return { facts: { ...content, review: review.facts }, review };
}
