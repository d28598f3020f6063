import { apiRoute } from "@/server/http/api-route";
import { searchWorkspace } from "@/server/data/search/search-workspace";

/**
 * GET ?workspace=<id>&q=<text>&limit=1..50 (default 20): the workspace's
 * search results the caller may read, best first → `{ results }` (the ⌘K
 * palette). 400 on `q` beyond 200 characters or with NUL; 404 for a
 * workspace that is not theirs.
 */
export const GET = apiRoute<Record<string, never>>(async ({ ctx, request }) => {
  const params = new URL(request.url).searchParams;
  const results = await searchWorkspace({
    userId: ctx.user.id,
    workspaceId: params.get("workspace") ?? "",
    input: { q: params.get("q") ?? "", limit: params.get("limit") ?? undefined },
  });
  return { body: { results }, headers: { "Cache-Control": "no-store" } };
});
