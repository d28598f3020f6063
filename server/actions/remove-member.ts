"use server";

import { revalidatePath } from "next/cache";
import { removeMember } from "@/server/data/membership/remove-member";
import { authedAction } from "./safe-action";

/** Removes a member from a workspace. */
export const removeMemberAction = authedAction(
  async ({ user }, _input, workspaceId: string, membershipId: string) => {
    const result = await removeMember({ userId: user.id, workspaceId, membershipId });
    revalidatePath(`/w/${workspaceId}`, "layout");
    return result;
  },
);
