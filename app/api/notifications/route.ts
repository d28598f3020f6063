import { apiRoute } from "@/server/http/api-route";
import { listNotifications } from "@/server/data/notification/list-notifications";

/**
 * GET ?limit=1..50 (default 20): the signed-in person's latest notifications,
 * newest first, and how many are unread → `{ notifications, unread }`.
 */
export const GET = apiRoute<Record<string, never>>(async ({ ctx, request }) => {
  const limit = new URL(request.url).searchParams.get("limit") ?? undefined;
  const feed = await listNotifications({ userId: ctx.user.id, input: { limit } });
  return { body: feed, headers: { "Cache-Control": "no-store" } };
});
