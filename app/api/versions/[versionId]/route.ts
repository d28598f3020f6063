import { apiRoute } from "@/server/http/api-route";
import { getVersion } from "@/server/data/version/get-version";
import { renameVersion } from "@/server/data/version/rename-version";

/** A version with its differences from the current text: `{ version, diff, changes }`. */
export const GET = apiRoute<{ versionId: string }>(async ({ ctx, params }) => ({
  body: await getVersion({ userId: ctx.user.id, versionId: params.versionId }),
  headers: { "Cache-Control": "no-store" },
}));

/** Names or renames a version: `{ name }` → `{ versionId, name }`. */
export const PATCH = apiRoute<{ versionId: string }>(async ({ ctx, params, input }) => ({
  body: await renameVersion({ userId: ctx.user.id, versionId: params.versionId, input }),
}));
