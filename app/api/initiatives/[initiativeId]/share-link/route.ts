import { apiRoute } from "@/server/http/api-route";
import { createShareLink } from "@/server/data/publication/create-share-link";
import { revokeShareLink } from "@/server/data/publication/revoke-share-link";
import { sharePath } from "@/lib/publication";

/** Turns on a secret link to the latest publication, or replaces the live one: 201 `{ url }`. */
export const POST = apiRoute<{ initiativeId: string }>(async ({ ctx, params }) => {
  const link = await createShareLink({ userId: ctx.user.id, initiativeId: params.initiativeId });
  return { status: 201, body: { url: sharePath(link.token), createdAt: link.createdAt } };
});

/** Revokes the live link: `{ revoked }` (false when there was none). */
export const DELETE = apiRoute<{ initiativeId: string }>(async ({ ctx, params }) => ({
  body: await revokeShareLink({ userId: ctx.user.id, initiativeId: params.initiativeId }),
}));
