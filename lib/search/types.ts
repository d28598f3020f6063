import type { Stage } from "@/lib/stages";
import { snippetText, type SnippetPart } from "./snippet";

/**
 * What a result is: an initiative's title or customer answers, a stage's
 * text or a comment (for people who read drafts), or a published document
 * (for viewers, who read nothing else).
 */
export type SearchResultKind = "title" | "customer" | "stage" | "comment" | "published";

/** One search result, as the palette and the search page show it. */
export type SearchResult = {
  /** Unique among the results: the kind and the row it came from. */
  key: string;
  kind: SearchResultKind;
  /** Where it jumps to: the stage, the comment's thread, the initiative, or the reader. */
  href: string;
  initiativeId: string;
  initiativeTitle: string;
  /** The initiative is archived (still found, marked so). */
  archived: boolean;
  /** The stage of a stage or comment hit. */
  stage: Stage | null;
  /** Who wrote a comment hit. */
  authorName: string | null;
  /** The matched passage, matched words marked. */
  snippet: SnippetPart[];
};

/** GET /api/search's answer. */
export type SearchResponse = { results: SearchResult[] };

/**
 * Whether the result's passage is its title: a title hit, or a published
 * document found by its title. Shown once, marked, with no passage under it.
 */
export function passageIsTitle(result: SearchResult): boolean {
  return (
    result.kind === "title" || snippetText(result.snippet).trim() === result.initiativeTitle.trim()
  );
}
