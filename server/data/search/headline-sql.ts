import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { MATCH_END, MATCH_START } from "@/lib/search/snippet";

/** A short passage around the matches: up to two fragments of 10–24 words. */
const PASSAGE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
/** A title is short: all of it, matches marked. */
const WHOLE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", HighlightAll=true`;

/** `@[Name](userId)` (lib/comments/mentions.ts) → `@Name`, so snippets read as comments do. */
const MENTION = String.raw`@\[((?:[^\]\\]|\\.)*)\]\((c[0-9a-z]{24})\)`;

/** The customer answers as one text, the questions' order, empty ones left out. */
const initiativeCustomer = Prisma.sql`concat_ws(' · ', NULLIF(i."customer", ''),
  NULLIF(i."customerProblem", ''), NULLIF(i."customerBenefit", ''),
  NULLIF(i."customerEvidence", ''), NULLIF(i."customerExperience", ''))`;

/** A publication's part: its title, its customer answers, or its stages' text in order. */
const publishedPart = Prisma.sql`(SELECT CASE top.part
    WHEN 'title' THEN p."title"
    WHEN 'customer' THEN (SELECT string_agg(a.value, ' · ') FROM jsonb_each_text(p."snapshot" -> 'customer') a
                          WHERE a.value <> '')
    ELSE (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(p."snapshot", 'strict $.stages.**.text') t)
  END FROM "Publication" p WHERE p."id" = top."rowId")`;

/**
 * ts_headline of the text each result was found in, for the rows of `top`
 * only (it re-parses the whole text, so never for every match). The marker
 * characters are taken out of the text first, so only ts_headline's mark
 * matches.
 */
export function headlineSql() {
  const text = Prisma.sql`CASE top.source
      WHEN 'title' THEN i."title"
      WHEN 'customer' THEN ${initiativeCustomer}
      WHEN 'stage' THEN (SELECT s."text" FROM "Section" s WHERE s."id" = top."rowId")
      WHEN 'comment' THEN regexp_replace(comment."body", ${MENTION}, '@\\1', 'g')
      ELSE ${publishedPart}
    END`;
  return Prisma.sql`ts_headline('english',
    translate(${text}, ${MATCH_START + MATCH_END}, ''),
    q.query,
    CASE top.part WHEN 'title' THEN ${WHOLE} ELSE ${PASSAGE} END)`;
}
