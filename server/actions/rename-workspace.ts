"use server";

import { revalidatePath } from "next/cache";
import { renameWorkspace } from "@/server/data/workspace/rename-workspace";
import { authedAction } from "./safe-action";

/** Renames a workspace: `{ name }`. */
export const renameWorkspaceAction = authedAction(async ({ user }, input, workspaceId: string) => {
  const renamed = await renameWorkspace({ userId: user.id, workspaceId, input });
  revalidatePath("/w", "layout");
  return renamed;
});
