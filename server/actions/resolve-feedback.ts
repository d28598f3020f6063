"use server";

import { resolveFeedback } from "@/server/data/feedback/resolve-feedback";
import { revalidateFeedback } from "@/server/http/revalidate-feedback";
import { authedAction } from "./safe-action";

/** Marks a feedback thread answered; the input is the thread's id (a bound form action). */
export const resolveFeedbackAction = authedAction(async ({ user }, threadId) => {
  const resolved = await resolveFeedback({
    userId: user.id,
    threadId: typeof threadId === "string" ? threadId : "",
  });
  revalidateFeedback();
  return { threadId: resolved.threadId };
});
