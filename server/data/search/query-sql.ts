import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { searchTerms } from "@/lib/search/terms";

/**
 * The tsquery for what was typed: websearch_to_tsquery for the complete words
 * (it accepts any text), and the word being typed both as a word and as a
 * prefix (lib/search/terms.ts: letters and digits only, so it cannot be
 * tsquery syntax). An empty tsquery (stop words only) matches nothing.
 */
export function querySql(q: string) {
  const { words, prefix } = searchTerms(q);
  const typing = prefix
    ? Prisma.sql`(websearch_to_tsquery('english', ${prefix}) || to_tsquery('simple', ${`${prefix}:*`}))`
    : Prisma.sql`''::tsquery`;
  return Prisma.sql`websearch_to_tsquery('english', ${words}) && ${typing}`;
}

/**
 * Any one of the typed words (or the prefix), for snippets: a passage is
 * worth showing when it holds any of them, and each is marked wherever it
 * is, though the query needs them all. Built from the runs of letters and
 * digits only, joined with websearch's "or", so nothing typed is syntax.
 */
export function anyWordSql(q: string) {
  const { prefix } = searchTerms(q);
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32).join(" or ");
  const typing = prefix
    ? Prisma.sql`to_tsquery('simple', ${`${prefix}:*`})`
    : Prisma.sql`''::tsquery`;
  return Prisma.sql`websearch_to_tsquery('english', ${words}) || ${typing}`;
}

/**
 * ILIKE patterns for a quick look for the words in raw text: each word's
 * stem (its lexeme, a prefix of most of its forms) and the prefix being
 * typed, with ILIKE's own characters escaped. Snippets use them to skip
 * paragraphs that cannot match before parsing any (headline-sql.ts).
 */
export function stemPatternsSql(q: string) {
  const { prefix } = searchTerms(q);
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32).join(" ");
  const escaped = Prisma.sql`replace(replace(replace(l, chr(92), chr(92) || chr(92)), '%', chr(92) || '%'), '_', chr(92) || '_')`;
  return Prisma.sql`ARRAY(SELECT '%' || ${escaped} || '%'
    FROM unnest(tsvector_to_array(to_tsvector('english', ${words})) || ${prefix ? [prefix] : []}::text[]) AS l)`;
}
