import { apiRoute } from "@/server/http/api-route";
import { markNotificationsRead } from "@/server/data/notification/mark-notifications-read";
import { countUnreadNotifications } from "@/server/data/notification/count-unread-notifications";

/**
 * POST `{ ids: [...] }` or `{ all: true }`: marks the signed-in person's
 * notifications read → `{ marked, unread }`. Another person's id: 404.
 */
export const POST = apiRoute<Record<string, never>>(async ({ ctx, input }) => {
  const { marked } = await markNotificationsRead({ userId: ctx.user.id, input });
  const unread = await countUnreadNotifications({ userId: ctx.user.id });
  return { body: { marked, unread } };
});
