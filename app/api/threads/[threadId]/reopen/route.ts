import { apiRoute } from "@/server/http/api-route";
import { reopenThread } from "@/server/data/comment/reopen-thread";

/** Reopens a resolved thread; 409 if it is open. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params }) => ({
  body: await reopenThread({ userId: ctx.user.id, threadId: params.threadId }),
}));
