"use server";

import { revalidatePath } from "next/cache";
import { deleteInitiative } from "@/server/data/initiative/delete-initiative";
import { authedAction } from "./safe-action";

/** Deletes an initiative for good: `{ confirmation }` is its title, typed by the person. */
export const deleteInitiativeAction = authedAction(
  async ({ user }, input, initiativeId: string) => {
    const deleted = await deleteInitiative({ userId: user.id, initiativeId, input });
    revalidatePath("/", "layout");
    return deleted;
  },
);
