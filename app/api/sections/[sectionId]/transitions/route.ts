import { apiRoute } from "@/server/http/api-route";
import { transitionSection } from "@/server/data/section/transition-section";

/** Completes or reopens a stage: `{ action: "complete" | "reopen" }`. */
export const POST = apiRoute<{ sectionId: string }>(async ({ ctx, params, input }) => ({
  body: await transitionSection({ userId: ctx.user.id, sectionId: params.sectionId, input }),
}));
