import { apiRoute } from "@/server/http/api-route";
import { reopenFeedback } from "@/server/data/feedback/reopen-feedback";

/** Opens a feedback thread marked answered again (owners and editors); 409 if it is open. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params }) => {
  const { threadId } = await reopenFeedback({ userId: ctx.user.id, threadId: params.threadId });
  return { body: { threadId } };
});
