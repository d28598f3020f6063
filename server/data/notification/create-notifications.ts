import "server-only";
import type { DbTx } from "@/server/db";
import type { NotificationData, NotificationType } from "@/lib/notifications";
import { publishLive } from "@/server/live/publish-live";
import { userTopic } from "@/lib/live-events";

export type CreateNotificationsOptions = {
  tx: DbTx;
  /** Who to tell. The actor and repeats are dropped; callers pass only people who may see `url`. */
  recipients: readonly string[];
  /** Who did it. */
  actorId: string | null;
  workspaceId: string;
  type: NotificationType;
  /** The exact place in the app, as a path ("/w/…/i/…/faq?thread=…"). */
  url: string;
  data?: NotificationData;
};

/**
 * Records one notification per recipient inside the caller's transaction (so
 * it exists exactly when the change does) and tells their open pages.
 * Returns how many were created.
 */
export async function createNotifications({
  tx,
  recipients,
  actorId,
  workspaceId,
  type,
  url,
  data = {},
}: CreateNotificationsOptions): Promise<number> {
  const userIds = [...new Set(recipients)].filter((id) => id !== actorId);
  if (userIds.length === 0) return 0;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, actorId, workspaceId, type, url, data })),
  });
  await publishLive(
    tx,
    userIds.map((userId) => ({ topic: userTopic(userId), kind: "notifications" as const })),
  );
  return userIds.length;
}
