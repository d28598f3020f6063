import { z } from "@/lib/schemas/zod";

/** A UTF-16 surrogate without its partner (no `u` flag, so it sees code units, not code points). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_TEXT = "Remove the invisible control character or broken symbol";

/**
 * Whether a string can be stored as text as it is: PostgreSQL refuses NUL in
 * text columns, and a lone surrogate has no UTF-8 form (it would turn into
 * U+FFFD on the way, or fail the query).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/**
 * The base of every free-text field: a string (`error` for anything else,
 * missing included) without NUL or lone surrogates. Such text is rejected
 * with a 400 naming the field, not stripped: stripping would silently store
 * something other than what was sent, and whoever pasted it should know.
 */
export function ZText(error: string) {
  return z.string({ error }).refine(isStorableText, UNSTORABLE_TEXT);
}
