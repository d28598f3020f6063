import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { ZListNotificationsSchema } from "@/lib/schemas/notification";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import { notificationData } from "@/lib/notification-text";
import type { NotificationFeed } from "@/lib/notification-item";
import { ownNotifications } from "./notification-scope";
import { countUnreadNotifications } from "./count-unread-notifications";

export type ListNotificationsOptions = { userId: string; input?: unknown };

/** The person's latest notifications, newest first, with their unread count. */
export async function listNotifications({
  userId,
  input = {},
}: ListNotificationsOptions): Promise<NotificationFeed> {
  const { limit } = parseInput(ZListNotificationsSchema, input);
  const [rows, unread] = await Promise.all([
    db().notification.findMany({
      where: ownNotifications(userId),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        type: true,
        url: true,
        data: true,
        readAt: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    countUnreadNotifications({ userId }),
  ]);
  return {
    unread,
    notifications: rows.map((row) => ({
      id: row.id,
      type: row.type,
      // Written by our own code, but a link the browser follows must stay on this site.
      url: safeCallbackUrl(row.url),
      data: notificationData(row.data),
      actor: row.actor,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
  };
}
