import { apiRoute } from "@/server/http/api-route";
import { updateSectionBody } from "@/server/data/section/update-section-body";

/** Replaces a stage's text: `{ body }`. Only while the stage rules let it change. */
export const PATCH = apiRoute<{ sectionId: string }>(async ({ ctx, params, input }) => ({
  body: {
    section: await updateSectionBody({ userId: ctx.user.id, sectionId: params.sectionId, input }),
  },
}));
