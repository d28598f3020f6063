import { apiRoute } from "@/server/http/api-route";
import { resolveThread } from "@/server/data/comment/resolve-thread";

/** Marks a thread resolved; 409 if it already is. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params }) => ({
  body: await resolveThread({ userId: ctx.user.id, threadId: params.threadId }),
}));
