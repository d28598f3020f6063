import { apiRoute } from "@/server/http/api-route";
import { restoreVersion } from "@/server/data/version/restore-version";

/** Makes the version the section's current text for everyone → `{ versionId, sectionId }`. */
export const POST = apiRoute<{ versionId: string }>(async ({ ctx, params }) => ({
  body: await restoreVersion({ userId: ctx.user.id, versionId: params.versionId }),
}));
