/**
 * Mentions inside a comment's plain-text body, written `@[Display Name](userId)`.
 * A name may hold any character: `\` and `]` in it are escaped with a
 * backslash. Anything that does not parse as a whole mention is text. The
 * composer shows mentions as `@Display Name` and turns them back into
 * this form when the comment is sent (`toDraft` / `fromDraft`).
 */

/** A comment body read as text and mentions, in order. */
export type BodySegment =
  { kind: "text"; text: string } | { kind: "mention"; userId: string; name: string };

/** A person mentioned: who, and the name shown. */
export type Mentioned = { userId: string; name: string };

const ID = /^c[0-9a-z]{24}$/;
const ID_LENGTH = 25;

/** `@[name](userId)`, with the name escaped. */
export function serializeMention({ userId, name }: Mentioned): string {
  return `@[${name.replace(/[\\\]]/g, (char) => `\\${char}`)}](${userId})`;
}

/** The mention starting at `at` (an "@["), and where it ends; null if there is none. */
function mentionAt(body: string, at: number): { mention: Mentioned; end: number } | null {
  let name = "";
  let index = at + 2;
  for (; index < body.length; index += 1) {
    const char = body[index] as string;
    if (char === "\n") return null;
    if (char === "]") break;
    if (char === "\\" && index + 1 < body.length) {
      index += 1;
      name += body[index];
    } else name += char;
  }
  if (body[index] !== "]" || body[index + 1] !== "(") return null;
  const userId = body.slice(index + 2, index + 2 + ID_LENGTH);
  const close = index + 2 + ID_LENGTH;
  if (!ID.test(userId) || body[close] !== ")" || !name.trim()) return null;
  return { mention: { userId, name }, end: close + 1 };
}

/** The body as text and mentions, in order (adjacent text joined). */
export function parseBody(body: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let text = "";
  let index = 0;
  while (index < body.length) {
    const found = body.startsWith("@[", index) ? mentionAt(body, index) : null;
    if (found) {
      if (text) segments.push({ kind: "text", text });
      text = "";
      segments.push({ kind: "mention", ...found.mention });
      index = found.end;
    } else {
      text += body[index];
      index += 1;
    }
  }
  if (text) segments.push({ kind: "text", text });
  return segments;
}

/** Everyone the body mentions, each once, in order of first mention. */
export function mentionedUserIds(body: string): string[] {
  const ids = parseBody(body).flatMap((segment) =>
    segment.kind === "mention" ? [segment.userId] : [],
  );
  return [...new Set(ids)];
}

/** The body as people read it: mentions as "@Name". */
export function bodyText(body: string): string {
  return parseBody(body)
    .map((segment) => (segment.kind === "text" ? segment.text : `@${segment.name}`))
    .join("");
}

/** What the composer edits: the text as read, and who its "@Name"s stand for. */
export type Draft = { text: string; mentions: Mentioned[] };

/** A stored body, for editing. */
export function toDraft(body: string): Draft {
  const mentions = new Map<string, Mentioned>();
  for (const segment of parseBody(body))
    if (segment.kind === "mention")
      mentions.set(segment.userId, { userId: segment.userId, name: segment.name });
  return { text: bodyText(body), mentions: [...mentions.values()] };
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/**
 * The body to store: every "@Name" in the text that stands for a chosen
 * person (and is not the start of a longer word: "@Adam" is not "@Ada")
 * becomes their mention. Longer names are tried first, so "@Ada Lovelace"
 * wins over "@Ada". A name the writer has since changed stays text.
 */
export function fromDraft({ text, mentions }: Draft): string {
  const byLength = [...mentions].sort((a, b) => b.name.length - a.name.length);
  let body = "";
  let index = 0;
  while (index < text.length) {
    const found =
      text[index] === "@"
        ? byLength.find((mention) => {
            const end = index + 1 + mention.name.length;
            return (
              mention.name &&
              text.startsWith(mention.name, index + 1) &&
              !WORD_CHARACTER.test(text[end] ?? "")
            );
          })
        : undefined;
    if (found) {
      body += serializeMention(found);
      index += 1 + found.name.length;
    } else {
      body += text[index];
      index += 1;
    }
  }
  return body;
}

/** Longest query the autocomplete follows after an "@". */
const QUERY_MAX = 40;

/**
 * The "@…" being typed just before the caret, if any: an "@" at the start or
 * after a space or punctuation, followed by no line break. Spaces are
 * allowed (people search "Ada Lo"), so a mention already chosen ("@Ada
 * Lovelace " and what follows it) would read as a query for that person
 * again: `chosen` names them, and what follows is not a query.
 */
export function mentionQueryAt(
  text: string,
  caret: number,
  chosen: readonly string[] = [],
): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("@");
  if (start < 0 || caret - start - 1 > QUERY_MAX) return null;
  if (start > 0 && WORD_CHARACTER.test(before[start - 1] as string)) return null;
  const query = before.slice(start + 1);
  if (query.includes("\n") || query.startsWith(" ")) return null;
  if (chosen.some((name) => query.startsWith(`${name} `))) return null;
  return { start, query };
}

/** The text with the "@query" from `start` to `caret` replaced by "@Name ", and the caret after it. */
export function insertMention(
  text: string,
  { start, caret }: { start: number; caret: number },
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  return {
    text: text.slice(0, start) + inserted + text.slice(caret),
    caret: start + inserted.length,
  };
}

/** Whether a member matches what was typed after "@": a word of their name, or their email, starts with it. */
export function matchesMentionQuery(
  member: { name: string; email: string },
  query: string,
): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  const name = member.name.toLowerCase();
  return (
    name.startsWith(wanted) ||
    name.split(/\s+/).some((word) => word.startsWith(wanted)) ||
    member.email.toLowerCase().startsWith(wanted)
  );
}
