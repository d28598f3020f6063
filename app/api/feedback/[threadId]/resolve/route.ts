import { apiRoute } from "@/server/http/api-route";
import { resolveFeedback } from "@/server/data/feedback/resolve-feedback";

/** Marks a feedback thread answered (owners and editors); 409 if it already is. */
export const POST = apiRoute<{ threadId: string }>(async ({ ctx, params }) => {
  const { threadId, resolvedAt } = await resolveFeedback({
    userId: ctx.user.id,
    threadId: params.threadId,
  });
  return { body: { threadId, resolvedAt } };
});
