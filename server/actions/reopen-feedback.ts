"use server";

import { reopenFeedback } from "@/server/data/feedback/reopen-feedback";
import { revalidateFeedback } from "@/server/http/revalidate-feedback";
import { authedAction } from "./safe-action";

/** Opens a feedback thread marked answered again; the input is the thread's id. */
export const reopenFeedbackAction = authedAction(async ({ user }, threadId) => {
  const reopened = await reopenFeedback({
    userId: user.id,
    threadId: typeof threadId === "string" ? threadId : "",
  });
  revalidateFeedback();
  return { threadId: reopened.threadId };
});
