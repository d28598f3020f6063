import { apiRoute } from "@/server/http/api-route";
import { decideReview } from "@/server/data/review/decide-review";

/** The signed-in reviewer's answer: `{ decision: "approve" | "requestChanges", note? }`. */
export const POST = apiRoute<{ sectionId: string }>(async ({ ctx, params, input }) => ({
  body: await decideReview({ userId: ctx.user.id, sectionId: params.sectionId, input }),
}));
