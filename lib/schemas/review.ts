import { z } from "@/lib/schemas/zod";
import { isId } from "./ids";
import { ZText } from "./text";
import { LIMITS } from "./limits";

/** Asking for review: who should review the stage (workspace members who may review). */
export const ZRequestReviewSchema = z.object({
  /** User ids of the reviewers; the stage rules say how many are needed (reviewersNeeded). */
  reviewerIds: z
    .array(z.string().refine(isId, "Choose reviewers from this workspace's members"), {
      error: "Choose who should review",
    })
    .min(1, "Choose at least one reviewer")
    .max(LIMITS.reviewersMax, `Choose at most ${LIMITS.reviewersMax} reviewers`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each reviewer once"),
});
export type TRequestReview = z.infer<typeof ZRequestReviewSchema>;

export const REVIEW_DECISIONS = ["approve", "requestChanges"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A reviewer's answer. "Request changes" needs a note saying what to change. */
export const ZDecideReviewSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, {
      error: `Decision must be one of: ${REVIEW_DECISIONS.join(", ")}`,
    }),
    /** What to change (required to request changes), or a word with an approval. */
    note: ZText("Write the note as text")
      .trim()
      .max(LIMITS.reviewNoteMax, `Keep the note under ${LIMITS.reviewNoteMax} characters`)
      .optional(),
  })
  .superRefine((value, context) => {
    if (value.decision === "requestChanges" && !value.note)
      context.addIssue({
        code: "custom",
        path: ["note"],
        message: "Say what should change",
      });
  });
export type TDecideReview = z.infer<typeof ZDecideReviewSchema>;
