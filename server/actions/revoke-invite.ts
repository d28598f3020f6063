"use server";

import { revalidatePath } from "next/cache";
import { revokeInvite } from "@/server/data/invite/revoke-invite";
import { authedAction } from "./safe-action";

/** Withdraws a pending invite. */
export const revokeInviteAction = authedAction(
  async ({ user }, _input, workspaceId: string, inviteId: string) => {
    const result = await revokeInvite({ userId: user.id, workspaceId, inviteId });
    revalidatePath(`/w/${workspaceId}/settings`);
    return result;
  },
);
