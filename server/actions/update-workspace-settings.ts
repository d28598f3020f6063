"use server";

import { revalidatePath } from "next/cache";
import { updateWorkspaceSettings } from "@/server/data/workspace/update-workspace-settings";
import { authedAction } from "./safe-action";

/** Changes a workspace's settings: `{ requiredApprovals: 0 | 1 | 2 }`. */
export const updateWorkspaceSettingsAction = authedAction(
  async ({ user }, input, workspaceId: string) => {
    const result = await updateWorkspaceSettings({ userId: user.id, workspaceId, input });
    revalidatePath(`/w/${workspaceId}`, "layout");
    return result;
  },
);
