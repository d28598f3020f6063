import { apiHandler } from "@/server/http/api-route";
import { attachmentResponse } from "@/server/http/attachment-response";
import { exportInitiative } from "@/server/data/initiative/export-initiative";

/**
 * The document view as a file: `?format=markdown|pdf`. For people who may
 * read drafts; 404 for everyone else, 400 on `format`.
 */
export const GET = apiHandler<{ initiativeId: string }>(async ({ ctx, params, request }) => {
  const file = await exportInitiative({
    userId: ctx.user.id,
    initiativeId: params.initiativeId,
    input: { format: new URL(request.url).searchParams.get("format") ?? undefined },
    cookie: request.headers.get("cookie"),
  });
  return attachmentResponse(file);
});
