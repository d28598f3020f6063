"use server";

import { revalidatePath } from "next/cache";
import { createInvite } from "@/server/data/invite/create-invite";
import { authedAction } from "./safe-action";

/** Invites someone to a workspace; returns the link to share and whether it was emailed. */
export const createInviteAction = authedAction(async ({ user }, input, workspaceId: string) => {
  const invite = await createInvite({ userId: user.id, workspaceId, input });
  revalidatePath(`/w/${workspaceId}/settings`);
  return {
    email: invite.email,
    role: invite.role,
    url: invite.url,
    delivery: invite.delivery,
  };
});
