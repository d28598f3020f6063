import "server-only";
import { db } from "@/server/db";
import { ownNotifications } from "./notification-scope";

export type CountUnreadNotificationsOptions = { userId: string };

/** How many of the person's notifications they have not read: the bell's number. */
export async function countUnreadNotifications({
  userId,
}: CountUnreadNotificationsOptions): Promise<number> {
  return db().notification.count({ where: { ...ownNotifications(userId), readAt: null } });
}
