"use server";

import { revalidatePath } from "next/cache";
import { decideReview } from "@/server/data/review/decide-review";
import { authedAction } from "./safe-action";

/** A requested reviewer's answer: `{ decision: "approve" | "requestChanges", note? }`. */
export const decideReviewAction = authedAction(async ({ user }, input, sectionId: string) => {
  const result = await decideReview({ userId: user.id, sectionId, input });
  revalidatePath("/w", "layout");
  return result;
});
