import { apiRoute } from "@/server/http/api-route";
import { withdrawReview } from "@/server/data/review/withdraw-review";

/** Takes the stage out of review, back to drafting. No body. */
export const POST = apiRoute<{ sectionId: string }>(async ({ ctx, params }) => ({
  body: await withdrawReview({ userId: ctx.user.id, sectionId: params.sectionId }),
}));
