import "server-only";
import type { DbTx } from "@/server/db";
import { reviewFacts, type ReviewFacts, type ReviewStatus } from "@/lib/stages";

export type LoadReviewStateOptions = { tx: DbTx; sectionId: string; workspaceId: string };

export type ReviewState = {
  /** The section's current round (Section.reviewRound). */
  round: number;
  /** That round's reviews. */
  reviews: { id: string; reviewerId: string; requestedById: string; status: ReviewStatus }[];
  facts: ReviewFacts;
};

/**
 * A section's review as the stage rules see it, inside the caller's
 * transaction (which holds the initiative's lock, so no request, decision
 * or completion interleaves): its current round, that round's reviews and
 * the workspace's approval requirement.
 */
export async function loadReviewState({
  tx,
  sectionId,
  workspaceId,
}: LoadReviewStateOptions): Promise<ReviewState> {
  const { reviewRound: round } = await tx.section.findUniqueOrThrow({
    where: { id: sectionId },
    select: { reviewRound: true },
  });
  const { requiredApprovals } = await tx.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { requiredApprovals: true },
  });
  const reviews = await tx.review.findMany({
    where: { sectionId, round },
    select: { id: true, reviewerId: true, requestedById: true, status: true, round: true },
  });
  return { round, reviews, facts: reviewFacts(reviews, round, requiredApprovals) };
}
