import { apiRoute } from "@/server/http/api-route";
import { addReply } from "@/server/data/comment/add-reply";

/** Replies in a thread (reopening it if resolved): `{ body }` → `{ threadId, commentId, reopened }`. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params, input }) => ({
  status: 201,
  body: await addReply({ userId: ctx.user.id, threadId: params.threadId, input }),
}));
