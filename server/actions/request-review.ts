"use server";

import { revalidatePath } from "next/cache";
import { requestReview } from "@/server/data/review/request-review";
import { authedAction } from "./safe-action";

/** Sends a stage to review: `{ reviewerIds }`. */
export const requestReviewAction = authedAction(async ({ user }, input, sectionId: string) => {
  const result = await requestReview({ userId: user.id, sectionId, input });
  revalidatePath("/w", "layout");
  return result;
});
