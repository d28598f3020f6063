import type { NotificationData } from "@/lib/notifications";

/** One notification as the bell receives it from GET /api/notifications. */
export type NotificationItem = {
  id: string;
  type: string;
  /** A same-site path to open. */
  url: string;
  data: NotificationData;
  actor: { name: string } | null;
  /** ISO timestamp. */
  createdAt: string;
  read: boolean;
};

/** The bell's whole state: the latest notifications and how many are unread in all. */
export type NotificationFeed = { notifications: NotificationItem[]; unread: number };
