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
