"use server";

import { revalidatePath } from "next/cache";
import { transitionSection } from "@/server/data/section/transition-section";
import { authedAction } from "./safe-action";

/** Completes or reopens a stage. */
export const transitionSectionAction = authedAction(async ({ user }, input, sectionId: string) => {
  const result = await transitionSection({ userId: user.id, sectionId, input });
  revalidatePath("/w", "layout");
  return result;
});
