import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { passageIsTitle, type SearchResult } from "@/lib/search/types";
import { Snippet } from "./snippet";
import { ResultIcon, resultPlace } from "./result-label";

/** The search page's results, best first: where each match is, and the passage. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  return (
    <ol aria-label="Search results" className="grid gap-2">
      {results.map((result) => (
        <li key={result.key}>
          <Link
            href={result.href}
            className="flex gap-3 rounded-lg border bg-background p-4 transition-colors hover:bg-accent/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
          >
            <ResultIcon
              kind={result.kind}
              className="mt-0.5 size-4 shrink-0 text-muted-foreground"
            />
            <div className="grid min-w-0 flex-1 gap-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium">
                  {passageIsTitle(result) ? (
                    <Snippet parts={result.snippet} />
                  ) : (
                    result.initiativeTitle
                  )}
                </span>
                {result.archived ? <Badge variant="outline">Archived</Badge> : null}
                <span className="text-xs text-muted-foreground">{resultPlace(result)}</span>
              </div>
              {passageIsTitle(result) ? null : (
                <p className="text-sm leading-relaxed text-muted-foreground">
                  <Snippet parts={result.snippet} />
                </p>
              )}
            </div>
          </Link>
        </li>
      ))}
    </ol>
  );
}
