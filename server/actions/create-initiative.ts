"use server";

import { revalidatePath } from "next/cache";
import { createInitiative } from "@/server/data/initiative/create-initiative";
import { authedAction } from "./safe-action";

/** Starts an initiative in a workspace. */
export const createInitiativeAction = authedAction(async ({ user }, input, workspaceId: string) => {
  const initiative = await createInitiative({ userId: user.id, workspaceId, input });
  revalidatePath(`/w/${workspaceId}`);
  return { id: initiative.id, workspaceId };
});
