import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { searchWorkspace } from "@/server/data/search/search-workspace";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { searchPagePath } from "@/lib/search/path";
import Link from "next/link";
import { SEARCH_LIMIT_MAX } from "@/lib/schemas/search";
import type { SearchResult } from "@/lib/search/types";

export const metadata: Metadata = { title: "Search" };

/** Results on the page at first; "Show more" asks for SEARCH_LIMIT_MAX. */
const FIRST_PAGE = 20;

/** Runs the search; a refused query (too long, say) is a message on the page, not an error page. */
async function resultsFor(userId: string, workspaceId: string, q: string, limit: number) {
  try {
    const results = await searchWorkspace({ userId, workspaceId, input: { q, limit } });
    return { results, problem: undefined };
  } catch (error) {
    if (error instanceof AppError && error.status === 400)
      return { results: [] as SearchResult[], problem: error.fields?.q ?? error.message };
    throw error;
  }
}

export default async function SearchPage({
  params,
  searchParams,
}: PageProps<"/w/[workspaceId]/search">) {
  const { workspaceId } = await params;
  const { q, more } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const limit = more === undefined ? FIRST_PAGE : SEARCH_LIMIT_MAX;
  const user = await requireUser();
  const workspace = await orNotFound(getWorkspace({ userId: user.id, workspaceId }));
  const { results, problem } = await orNotFound(resultsFor(user.id, workspaceId, query, limit));
  const readsDrafts = can(workspace.actor, "initiative.readDrafts");
  const typed = query.trim();
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 md:px-8 md:py-8">
      <PageHeader
        title="Search"
        description={
          readsDrafts
            ? "Titles, customers, every stage's text and comments in this workspace."
            : "Everything the team has published in this workspace."
        }
      />
      <div className="grid gap-6">
        <SearchForm action={`/w/${workspaceId}/search`} query={query} />
        {problem ? (
          <p role="alert" className="text-sm text-destructive">
            {problem}
          </p>
        ) : typed ? (
          <section aria-label="Results" className="grid gap-3">
            <p role="status" className="text-sm text-muted-foreground">
              {results.length === 0
                ? `Nothing found for “${typed}”. Try fewer or different words.`
                : results.length === limit
                  ? `The best ${limit} results for “${typed}”.`
                  : `${results.length} ${results.length === 1 ? "result" : "results"} for “${typed}”.`}
            </p>
            {results.length > 0 ? <SearchResults results={results} /> : null}
            {results.length === FIRST_PAGE && limit === FIRST_PAGE ? (
              <Link
                href={`${searchPagePath(workspaceId, query)}&more`}
                className="justify-self-center text-sm font-medium text-primary underline-offset-4 hover:underline"
              >
                Show more results
              </Link>
            ) : null}
          </section>
        ) : null}
      </div>
    </main>
  );
}
