import { apiRoute } from "@/server/http/api-route";
import { getSectionReview } from "@/server/data/review/get-section-review";
import { requestReview } from "@/server/data/review/request-review";
import { parseId } from "@/server/errors";

type Params = { sectionId: string };

/** The stage's review: its state, the current round's reviewers and answers, the requirement. */
export const GET = apiRoute<Params>(async ({ ctx, params }) => ({
  body: {
    review: await getSectionReview({
      userId: ctx.user.id,
      sectionId: parseId(params.sectionId, "Section"),
    }),
  },
}));

/** Sends the stage to review: `{ reviewerIds: string[] }`. */
export const POST = apiRoute<Params>(async ({ ctx, params, input }) => ({
  status: 201,
  body: await requestReview({ userId: ctx.user.id, sectionId: params.sectionId, input }),
}));
