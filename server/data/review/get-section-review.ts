import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { can, rolesWith } from "@/server/policies/permissions";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { reviewFacts, type ReviewFacts, type ReviewStatus, type SectionState } from "@/lib/stages";
import type { Role } from "@/lib/roles";

export type GetSectionReviewOptions = { userId: string; sectionId: string };

/** One reviewer's answer, as the stage page shows it. */
export type ReviewEntry = {
  id: string;
  reviewer: { id: string; name: string };
  requestedBy: { id: string; name: string };
  status: ReviewStatus;
  note: string | null;
  createdAt: Date;
  decidedAt: Date | null;
};

export type SectionReview = {
  state: SectionState;
  round: number;
  facts: ReviewFacts;
  /** The current round's reviews, in the order they were asked. */
  reviews: ReviewEntry[];
  /** The reader's own review in the current round, if they were asked. */
  mine: ReviewEntry | null;
  /** While the stage is back in drafting because a reviewer asked for changes: what they said. */
  changesRequested: ReviewEntry[];
  /** Who may be asked to review (for owners and editors; empty for others). */
  eligibleReviewers: { id: string; name: string; email: string; role: Role }[];
};

/**
 * A section's review for someone who may read its drafts (404 otherwise):
 * the current round's reviewers and answers, the notes that sent it back to
 * drafting, and who could be asked next.
 */
export async function getSectionReview({
  userId,
  sectionId,
}: GetSectionReviewOptions): Promise<SectionReview> {
  const access = await getSectionAccess({ userId, sectionId });
  if (!access) throw notFound("Section");
  const section = await db().section.findUniqueOrThrow({
    where: { id: sectionId },
    select: {
      state: true,
      reviewRound: true,
      initiative: { select: { workspace: { select: { requiredApprovals: true } } } },
    },
  });
  const round = section.reviewRound;
  const reviews = await db().review.findMany({
    where: { sectionId, round },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      note: true,
      createdAt: true,
      decidedAt: true,
      reviewer: { select: { id: true, name: true } },
      requestedBy: { select: { id: true, name: true } },
    },
  });
  const eligible = can(access.actor, "section.transition")
    ? await db().membership.findMany({
        where: {
          workspaceId: access.workspaceId,
          userId: { not: userId },
          role: { in: [...rolesWith("section.review")] },
        },
        orderBy: { createdAt: "asc" },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      })
    : [];
  return {
    state: section.state,
    round,
    facts: reviewFacts(
      reviews.map((review) => ({ round, status: review.status })),
      round,
      section.initiative.workspace.requiredApprovals,
    ),
    reviews,
    mine: reviews.find((review) => review.reviewer.id === userId) ?? null,
    changesRequested:
      section.state === "DRAFTING"
        ? reviews.filter((review) => review.status === "CHANGES_REQUESTED")
        : [],
    eligibleReviewers: eligible.map(({ role, user }) => ({ ...user, role })),
  };
}
