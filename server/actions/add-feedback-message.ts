"use server";

import { addFeedbackMessage } from "@/server/data/feedback/add-feedback-message";
import { revalidateFeedback } from "@/server/http/revalidate-feedback";
import { authedAction } from "./safe-action";

/** Replies in a feedback thread; the page then shows the reply. */
export const addFeedbackMessageAction = authedAction(async ({ user }, input, threadId: string) => {
  const added = await addFeedbackMessage({ userId: user.id, threadId, input });
  revalidateFeedback();
  return { threadId: added.threadId, reopened: added.reopened };
});
