import "server-only";
import { setFeedbackResolved } from "./set-feedback-resolved";

export type ResolveFeedbackOptions = { userId: string; threadId: string };

/** Marks a feedback thread answered (see setFeedbackResolved: the team only; 409 if it is). */
export function resolveFeedback({ userId, threadId }: ResolveFeedbackOptions) {
  return setFeedbackResolved({ userId, threadId, resolved: true });
}
