import "server-only";
import { setFeedbackResolved } from "./set-feedback-resolved";

export type ReopenFeedbackOptions = { userId: string; threadId: string };

/** Opens a feedback thread marked answered again (see setFeedbackResolved: the team only; 409 if open). */
export function reopenFeedback({ userId, threadId }: ReopenFeedbackOptions) {
  return setFeedbackResolved({ userId, threadId, resolved: false });
}
