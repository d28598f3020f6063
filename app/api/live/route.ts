import { apiHandler } from "@/server/http/api-route";
import { openLiveStream } from "@/server/live/open-live-stream";

/**
 * GET ?section=<id> (repeatable, optional): server-sent events telling this
 * page what to refetch — `notifications` (the person's own), `threads` and
 * `review` (of the sections named), `resync` (anything may have changed).
 * 404 for a section the person may not read.
 */
export const GET = apiHandler<Record<string, never>>(async ({ ctx, request }) => {
  const sectionIds = new URL(request.url).searchParams.getAll("section");
  const stream = await openLiveStream({
    userId: ctx.user.id,
    sectionIds,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      // nginx and similar proxies buffer responses unless told not to.
      "X-Accel-Buffering": "no",
    },
  });
});
