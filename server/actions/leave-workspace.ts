"use server";

import { revalidatePath } from "next/cache";
import { leaveWorkspace } from "@/server/data/membership/leave-workspace";
import { authedAction } from "./safe-action";

/** Leaves a workspace; answers where to go next (another workspace, or /no-workspace). */
export const leaveWorkspaceAction = authedAction(async ({ user }, workspaceId: unknown) => {
  const left = await leaveWorkspace({
    userId: user.id,
    workspaceId: typeof workspaceId === "string" ? workspaceId : "",
  });
  revalidatePath("/", "layout");
  return left;
});
