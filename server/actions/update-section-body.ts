"use server";

import { updateSectionBody } from "@/server/data/section/update-section-body";
import { authedAction } from "./safe-action";

/** Saves a stage's text. */
export const updateSectionBodyAction = authedAction(async ({ user }, input, sectionId: string) => {
  const section = await updateSectionBody({ userId: user.id, sectionId, input });
  return { updatedAt: section.updatedAt.toISOString() };
});
