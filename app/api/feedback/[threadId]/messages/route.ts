import { apiRoute } from "@/server/http/api-route";
import { addFeedbackMessage } from "@/server/data/feedback/add-feedback-message";

/** A reply in a feedback thread: `{ body }` → 201 `{ threadId, messageId, reopened }`. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params, input }) => {
  const { threadId, messageId, reopened } = await addFeedbackMessage({
    userId: ctx.user.id,
    threadId: params.threadId,
    input,
  });
  return { status: 201, body: { threadId, messageId, reopened } };
});
