"use server";

import { revalidatePath } from "next/cache";
import { withdrawReview } from "@/server/data/review/withdraw-review";
import { authedAction } from "./safe-action";

/** Takes a stage out of review, back to drafting. */
export const withdrawReviewAction = authedAction(async ({ user }, _input, sectionId: string) => {
  const result = await withdrawReview({ userId: user.id, sectionId });
  revalidatePath("/w", "layout");
  return result;
});
