import { apiRoute } from "@/server/http/api-route";
import { createFeedback } from "@/server/data/feedback/create-feedback";
import { feedbackPath } from "@/lib/feedback";

/**
 * A question or comment on a publication, by a member of its workspace:
 * `{ body, stage?, quote? }` → 201 `{ threadId, url }`. There is no
 * anonymous way in: share-link readers cannot comment.
 */
export const POST = apiRoute<{ publicationId: string }>(async ({ ctx, params, input }) => {
  const created = await createFeedback({
    userId: ctx.user.id,
    publicationId: params.publicationId,
    input,
  });
  return {
    status: 201,
    body: { threadId: created.threadId, messageId: created.messageId, url: feedbackPath(created) },
  };
});
