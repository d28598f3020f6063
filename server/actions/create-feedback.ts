"use server";

import { createFeedback } from "@/server/data/feedback/create-feedback";
import { revalidateFeedback } from "@/server/http/revalidate-feedback";
import { authedAction } from "./safe-action";

/** Asks a question or comments on a publication (the reader page's form); the page then shows it. */
export const createFeedbackAction = authedAction(async ({ user }, input, publicationId: string) => {
  const created = await createFeedback({ userId: user.id, publicationId, input });
  revalidateFeedback();
  return { threadId: created.threadId };
});
