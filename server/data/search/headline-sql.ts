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

/**
 * A stage's passage is taken from its first two paragraphs holding any of
 * the words (q.anyword; the text is stored a paragraph a line): ts_headline
 * re-parses all the text it is given, about 1.3 ms per 1,000 words, so it
 * gets a paragraph or two rather than the whole stage. Paragraphs are first
 * looked at with ILIKE for the words' stems (q.stems), which is cheap, and
 * parsed only when one may be there. The whole text when no paragraph is
 * found that way (a stem that is not a prefix of the form written, say).
 */
const matchingParagraphs = Prisma.sql`COALESCE((SELECT string_agg(part.line, ' … ') FROM (
    SELECT line FROM regexp_split_to_table(s."text", '\n') AS line
    WHERE line ILIKE ANY (q.stems) AND to_tsvector('english', line) @@ q.anyword
    LIMIT 2) part), s."text")`;

/**
 * A publication's part: its title, its customer answers (when they match),
 * or the first two runs of its stages' text holding any of the words (else
 * all of it), as for a stage.
 */
const publishedPart = Prisma.sql`(SELECT CASE
    WHEN top.part = 'title' THEN p."title"
    WHEN ts_filter(p."searchVector", '{b}') @@ q.query THEN
      (SELECT string_agg(a.value, ' · ') FROM jsonb_each_text(p."snapshot" -> 'customer') a
       WHERE a.value <> '')
    ELSE COALESCE((SELECT string_agg(part.leaf, ' … ') FROM (
        SELECT t #>> '{}' AS leaf FROM jsonb_path_query(p."snapshot", 'strict $.stages.**.text') t
        WHERE t #>> '{}' ILIKE ANY (q.stems) AND to_tsvector('english', t #>> '{}') @@ q.anyword
        LIMIT 2) part),
      (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(p."snapshot", 'strict $.stages.**.text') t))
  END FROM "Publication" p WHERE p."id" = top."rowId")`;

/**
 * ts_headline of the text each result was found in, for the rows of `top`
 * only (it re-parses the whole text, so never for every match), marking
 * every typed word (q.anyword) wherever it is. The marker
 * characters are taken out of the text first, so only ts_headline's mark
 * matches.
 */
export function headlineSql({ drafts }: { drafts: boolean }) {
  // Only the branches the caller's results can take: PostgreSQL plans every
  // query afresh, and planning the other branches cost milliseconds.
  const text = drafts
    ? Prisma.sql`CASE top.source
        WHEN 'title' THEN i."title"
        WHEN 'customer' THEN ${initiativeCustomer}
        WHEN 'stage' THEN (SELECT ${matchingParagraphs} FROM "Section" s WHERE s."id" = top."rowId")
        ELSE regexp_replace(comment."body", ${MENTION}, '@\\1', 'g')
      END`
    : publishedPart;
  return Prisma.sql`ts_headline('english',
    translate(${text}, ${MATCH_START + MATCH_END}, ''),
    q.anyword,
    CASE top.part WHEN 'title' THEN ${WHOLE} ELSE ${PASSAGE} END)`;
}
