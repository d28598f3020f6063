"use server";

import { revalidatePath } from "next/cache";
import { createWorkspace } from "@/server/data/workspace/create-workspace";
import { authedAction } from "./safe-action";

/** Creates a workspace the signed-in person owns: `{ name }`. */
export const createWorkspaceAction = authedAction(async ({ user }, input) => {
  const workspace = await createWorkspace({ userId: user.id, input });
  revalidatePath("/w", "layout");
  return workspace;
});
