/**
 * Snippets: ts_headline marks the matched words with two characters from
 * Unicode's private use area, which documents do not contain (the search
 * strips them from the text first), and the browser renders the pieces as
 * text with <mark>, never as HTML.
 */

/** Put before a matched word by ts_headline (StartSel). */
export const MATCH_START = "\uE000";
/** Put after it (StopSel). */
export const MATCH_END = "\uE001";

/** A run of snippet text, and whether it is a matched word. */
export type SnippetPart = { text: string; match: boolean };

/** Splits a marked headline into text runs; markers never reach the page. */
export function splitSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    const last = parts[parts.length - 1];
    if (!text) return;
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
    text = "";
  };
  for (const char of headline) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else text += char;
  }
  flush();
  return parts;
}

/** The snippet's text as read, markers removed. */
export function snippetText(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join("");
}
