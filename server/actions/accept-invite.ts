"use server";

import { redirect } from "next/navigation";
import { acceptInvite } from "@/server/data/invite/accept-invite";
import { authedAction } from "./safe-action";

/** Joins the workspace an invite link is for, then opens it. */
export const acceptInviteAction = authedAction(async ({ user }, _input, token: string) => {
  const { workspaceId } = await acceptInvite({ userId: user.id, token });
  redirect(`/w/${workspaceId}`);
});
