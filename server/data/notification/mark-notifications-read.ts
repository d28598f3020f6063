import "server-only";
import { db } from "@/server/db";
import { notFound, parseInput } from "@/server/errors";
import { publishLive } from "@/server/live/publish-live";
import { userTopic } from "@/lib/live-events";
import { ZMarkNotificationsReadSchema } from "@/lib/schemas/notification";

export type MarkNotificationsReadOptions = {
  userId: string;
  /** `{ ids: [...] }` or `{ all: true }`. */
  input: unknown;
};

/**
 * Marks notifications read: the ones named, which must all be the caller's
 * own (anyone else's id is answered as unknown, 404, and nothing changes),
 * or all of them. The person's other open pages are told, so every bell
 * agrees. Returns how many were newly read.
 */
export async function markNotificationsRead({
  userId,
  input,
}: MarkNotificationsReadOptions): Promise<{ marked: number }> {
  const parsed = parseInput(ZMarkNotificationsReadSchema, input);
  const now = new Date();
  return db().$transaction(async (tx) => {
    let marked: number;
    if (parsed.all || !parsed.ids) {
      ({ count: marked } = await tx.notification.updateMany({
        where: { userId, readAt: null },
        data: { readAt: now },
      }));
    } else {
      const ids = [...new Set(parsed.ids)];
      const owned = await tx.notification.count({ where: { id: { in: ids }, userId } });
      if (owned !== ids.length) throw notFound("Notification");
      ({ count: marked } = await tx.notification.updateMany({
        where: { id: { in: ids }, userId, readAt: null },
        data: { readAt: now },
      }));
    }
    if (marked > 0) await publishLive(tx, [{ topic: userTopic(userId), kind: "notifications" }]);
    return { marked };
  });
}
