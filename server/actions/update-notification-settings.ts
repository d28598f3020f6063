"use server";

import { revalidatePath } from "next/cache";
import { updateNotificationSettings } from "@/server/data/user/update-notification-settings";
import { authedAction } from "./safe-action";

/** Turns the signed-in person's notification emails on or off. */
export const updateNotificationSettingsAction = authedAction(async ({ user }, input) => {
  const settings = await updateNotificationSettings({ userId: user.id, input });
  revalidatePath("/account");
  return settings;
});
