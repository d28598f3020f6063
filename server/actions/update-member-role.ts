"use server";

import { revalidatePath } from "next/cache";
import { updateMemberRole } from "@/server/data/membership/update-member-role";
import { authedAction } from "./safe-action";

/** Changes a member's role. */
export const updateMemberRoleAction = authedAction(
  async ({ user }, input, workspaceId: string, membershipId: string) => {
    const result = await updateMemberRole({ userId: user.id, workspaceId, membershipId, input });
    revalidatePath(`/w/${workspaceId}`, "layout");
    return result;
  },
);
