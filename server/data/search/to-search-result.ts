import "server-only";
import { splitSnippet } from "@/lib/search/snippet";
import type { SearchResult, SearchResultKind } from "@/lib/search/types";
import { STAGES, stagePath, type Stage } from "@/lib/stages";
import { threadUrl } from "@/lib/comments/thread-url";
import { publicationPath } from "@/lib/publication";

/** A row of searchWorkspace's query. */
export type SearchRow = {
  source: SearchResultKind;
  rowId: string;
  initiativeId: string;
  stage: string | null;
  threadId: string | null;
  initiativeTitle: string;
  archived: boolean;
  authorName: string | null;
  headline: string | null;
};

function asStage(value: string | null): Stage | null {
  return STAGES.find((stage) => stage === value) ?? null;
}

/** Where a result jumps to: the stage, the comment's thread, the initiative, or the reader. */
function hrefOf(row: SearchRow, stage: Stage | null, workspaceId: string): string {
  const initiative = `/w/${workspaceId}/i/${row.initiativeId}`;
  if (row.source === "published") return publicationPath(row.initiativeId);
  if (row.source === "comment" && stage && row.threadId)
    return threadUrl({
      workspaceId,
      initiativeId: row.initiativeId,
      stage,
      threadId: row.threadId,
    });
  if (row.source === "stage" && stage) return stagePath(workspaceId, row.initiativeId, stage);
  return initiative;
}

/** Shapes one row for the palette and the search page. */
export function toSearchResult(row: SearchRow, workspaceId: string): SearchResult {
  const stage = asStage(row.stage);
  return {
    key: `${row.source}:${row.rowId}`,
    kind: row.source,
    href: hrefOf(row, stage, workspaceId),
    initiativeId: row.initiativeId,
    initiativeTitle: row.initiativeTitle,
    archived: row.archived,
    stage,
    authorName: row.authorName,
    snippet: splitSnippet(row.headline ?? ""),
  };
}
