/**
 * How a typed search becomes PostgreSQL text-search input, safely: the words
 * go to websearch_to_tsquery, which accepts any string without error; the
 * word being typed is also matched as a prefix, but only when it is made of
 * letters and digits alone, so nothing in it can be tsquery syntax.
 */

/** A prefix shorter than this would scan much of the index for little use ("a", "th"). */
export const PREFIX_MIN = 3;

export type SearchTerms = {
  /** Everything typed but the word being typed, for websearch_to_tsquery('english', …). */
  words: string;
  /** The word being typed (letters and digits only, lower-cased), or "" for none. */
  prefix: string;
};

const LAST_WORD = /(?:^|\s)([\p{L}\p{N}]+)$/u;

/**
 * Splits the query into complete words and the word being typed. The last
 * word counts as being typed when the query ends in it (no space after it),
 * it is a plain word (not negated, not inside an open "phrase") and has at
 * least PREFIX_MIN characters; its stemmed form is still searched too, so a
 * finished word finds what it always did.
 */
export function searchTerms(query: string): SearchTerms {
  const match = LAST_WORD.exec(query);
  const word = match?.[1];
  const openPhrase = (query.match(/"/g)?.length ?? 0) % 2 === 1;
  if (!word || openPhrase || [...word].length < PREFIX_MIN) return { words: query, prefix: "" };
  return { words: query.slice(0, query.length - word.length), prefix: word.toLowerCase() };
}
