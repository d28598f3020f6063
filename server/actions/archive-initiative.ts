"use server";

import { revalidatePath } from "next/cache";
import { archiveInitiative } from "@/server/data/initiative/archive-initiative";
import { authedAction } from "./safe-action";

/** Archives an initiative: read-only and out of the default list until restored. */
export const archiveInitiativeAction = authedAction(async ({ user }, initiativeId: unknown) => {
  const archived = await archiveInitiative({
    userId: user.id,
    initiativeId: typeof initiativeId === "string" ? initiativeId : "",
  });
  revalidatePath("/w", "layout");
  return archived;
});
