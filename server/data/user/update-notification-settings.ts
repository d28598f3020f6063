import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { ZNotificationSettingsSchema } from "@/lib/schemas/notification";

export type UpdateNotificationSettingsOptions = { userId: string; input: unknown };

/**
 * Turns notification emails on or off for the person themselves. Turning
 * them off also means nothing already waiting is emailed (the digest skips
 * people with email off and marks their notifications as handled).
 */
export async function updateNotificationSettings({
  userId,
  input,
}: UpdateNotificationSettingsOptions) {
  const { emailNotifications } = parseInput(ZNotificationSettingsSchema, input);
  return db().user.update({
    where: { id: userId },
    data: { emailNotifications },
    select: { emailNotifications: true },
  });
}
