import { apiRoute } from "@/server/http/api-route";
import { listVersions } from "@/server/data/version/list-versions";
import { nameVersion } from "@/server/data/version/name-version";

/**
 * The section's saved versions, newest first, a page at a time (`?before=`
 * the id of the oldest shown for the next): `{ versions, hasOlder, canEdit, canRestore }`.
 */
export const GET = apiRoute<{ sectionId: string }>(async ({ ctx, params, request }) => {
  const before = new URL(request.url).searchParams.get("before") ?? undefined;
  return {
    body: await listVersions({
      userId: ctx.user.id,
      sectionId: params.sectionId,
      input: { before },
    }),
    headers: { "Cache-Control": "no-store" },
  };
});

/** Saves the current text under a name: `{ name }` → 201 `{ versionId, name }`. */
export const POST = apiRoute<{ sectionId: string }>(async ({ ctx, params, input }) => ({
  status: 201,
  body: await nameVersion({ userId: ctx.user.id, sectionId: params.sectionId, input }),
}));
