import { apiRoute } from "@/server/http/api-route";
import { listThreads } from "@/server/data/comment/list-threads";
import { createThread } from "@/server/data/comment/create-thread";

/** The section's comment threads, each with its comments: `{ threads: [...] }`. */
export const GET = apiRoute<{ sectionId: string }>(async ({ ctx, params }) => ({
  body: await listThreads({ userId: ctx.user.id, sectionId: params.sectionId }),
  headers: { "Cache-Control": "no-store" },
}));

/** Starts a thread on a passage: `{ anchorStart, anchorEnd, quote, body }` → `{ threadId, commentId }`. */
export const POST = apiRoute<{ sectionId: string }>(async ({ ctx, params, input }) => ({
  status: 201,
  body: await createThread({ userId: ctx.user.id, sectionId: params.sectionId, input }),
}));
