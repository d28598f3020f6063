import { publicApiHandler } from "@/server/http/api-route";
import { attachmentResponse } from "@/server/http/attachment-response";
import { exportPublication } from "@/server/data/publication/export-publication";

/**
 * A publication as a file: `?format=markdown|pdf`, and `&share=<token>` for a
 * share-link reader. For its readers only (members, or a live link); 404 for
 * everyone else, 400 on `format`.
 */
export const GET = publicApiHandler<{ publicationId: string }>(
  async ({ user, params, request }) => {
    const query = new URL(request.url).searchParams;
    const file = await exportPublication({
      userId: user?.id ?? null,
      publicationId: params.publicationId,
      share: query.get("share"),
      input: { format: query.get("format") ?? undefined },
      cookie: request.headers.get("cookie"),
    });
    return attachmentResponse(file);
  },
);
