"use server";

import { revalidatePath } from "next/cache";
import { renameInitiative } from "@/server/data/initiative/rename-initiative";
import { authedAction } from "./safe-action";

/** Gives an initiative a new title: `{ title }`. */
export const renameInitiativeAction = authedAction(
  async ({ user }, input, initiativeId: string) => {
    const renamed = await renameInitiative({ userId: user.id, initiativeId, input });
    revalidatePath("/w", "layout");
    return renamed;
  },
);
