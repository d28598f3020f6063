import "server-only";
import { db } from "@/server/db";
import { conflict } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { loadFeedbackThreadForUpdate } from "./load-feedback-thread-for-update";

export type SetFeedbackResolvedOptions = {
  userId: string;
  threadId: string;
  /** Mark it answered (true) or open it again (false). */
  resolved: boolean;
};

/**
 * Marks a feedback thread answered or opens it again: owners and editors
 * only (403 for reviewers and viewers, 404 for people who may not read the
 * publication). 409 when it already is that way: the page was stale.
 */
export async function setFeedbackResolved({
  userId,
  threadId,
  resolved,
}: SetFeedbackResolvedOptions) {
  return db().$transaction(async (tx) => {
    const { thread, scope } = await loadFeedbackThreadForUpdate({ tx, userId, threadId });
    authorize(scope.actor, "feedback.resolve", {
      hidden: "Thread",
      refusal: "Only owners and editors can mark feedback answered or reopen it.",
    });
    if (resolved && thread.resolvedAt)
      throw conflict("ALREADY_RESOLVED", "This feedback is already marked answered.");
    if (!resolved && !thread.resolvedAt)
      throw conflict("NOT_RESOLVED", "This feedback is already open.");
    const resolvedAt = resolved ? new Date() : null;
    await tx.feedbackThread.update({ where: { id: thread.id }, data: { resolvedAt } });
    return { threadId: thread.id, resolvedAt };
  });
}
