"use server";

import { revalidatePath } from "next/cache";
import { restoreVersion } from "@/server/data/version/restore-version";
import { authedAction } from "./safe-action";

/** Makes a saved version the section's current text for everyone. */
export const restoreVersionAction = authedAction(async ({ user }, _input, versionId: string) => {
  const result = await restoreVersion({ userId: user.id, versionId });
  // Lists show word counts and checks passed, which the restored text changes.
  revalidatePath("/w", "layout");
  return result;
});
