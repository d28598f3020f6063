/**
 * The small pieces of Markdown syntax the schema's own renderers
 * (`renderMarkdown` on figure, link, paragraph and code block) write around
 * text, each written so that nothing a client put into the shared document
 * can end the construct early and become markup of its own. Pure, DOM-free.
 */

/** Where links may go: web pages and email, as the editor's link rule allows. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** `href` when a link may point there (http, https, mailto), otherwise undefined. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== "string" || !SAFE_LINK.test(href)) return undefined;
  // Control characters are never part of a real address; a client could still write them.
  if (/[\u0000-\u001f\u007f]/.test(href)) return undefined;
  return href;
}

/**
 * A URL as a Markdown link destination: spaces, angle brackets, parentheses
 * and backslashes percent-encoded, so the destination cannot close early
 * (`https://a.example/x)![pixel](https://b.example)` stays one address).
 */
export function markdownDestination(url: string): string {
  return url.replace(
    /[\s<>()\\]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/**
 * Plain text inside Markdown brackets (an image's alt text): HTML-significant
 * characters as entities, Markdown's inline syntax backslash-escaped, on one
 * line, as @tiptap/markdown escapes the text of text nodes.
 */
export function markdownInlineText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]~])/g, "\\$1");
}

/**
 * A paragraph's Markdown with every line that would start a block of its
 * own (a heading, a list item, a setext underline) escaped: a paragraph that
 * reads "# Not a heading" stays a paragraph, so the file's outline is the
 * document's.
 */
export function escapeBlockStarts(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        // "# x" (ATX heading), "- x" / "+ x" (bullet), "===" / "---" (setext underline, rule)
        .replace(/^( {0,3})([#=+-])(?=[#=+-]*(\s|$))/, "$1\\$2")
        // "1. x" / "1) x" (ordered list)
        .replace(/^( {0,3}\d{1,9})([.)])(?=\s|$)/, "$1\\$2"),
    )
    .join("\n");
}

/**
 * A fenced code block that no line of its code can close: the fence is one
 * backtick longer than the longest run of backticks inside, and the language
 * only a word (an info string can otherwise carry anything).
 */
export function fencedCode(code: string, language: unknown): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const info = typeof language === "string" && /^[\w#+.-]{1,32}$/.test(language) ? language : "";
  return `${fence}${info}\n${code}\n${fence}`;
}
