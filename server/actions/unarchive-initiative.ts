"use server";

import { revalidatePath } from "next/cache";
import { unarchiveInitiative } from "@/server/data/initiative/unarchive-initiative";
import { authedAction } from "./safe-action";

/** Restores an archived initiative. */
export const unarchiveInitiativeAction = authedAction(async ({ user }, initiativeId: unknown) => {
  const restored = await unarchiveInitiative({
    userId: user.id,
    initiativeId: typeof initiativeId === "string" ? initiativeId : "",
  });
  revalidatePath("/w", "layout");
  return restored;
});
