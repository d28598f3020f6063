import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The SQL behind search, one fragment per kind of thing found. Each selects
 * the same columns from rows whose generated `searchVector` matches the query
 * `q.query` (a CTE of searchWorkspace), through its GIN index, scoped to the
 * workspace:
 *
 *   source, "rowId", "initiativeId", stage, "threadId", part, score, at
 *
 * `score` is a tier plus ts_rank normalised into [0, 1) (flag 32) and by
 * length (flag 1): a title hit (tier 2) always ranks above a customer answer
 * (1), which ranks above stage text and comments (0), whatever ts_rank makes
 * of many body matches; within a tier, ts_rank with its weights decides.
 * `part` is what the snippet is made from: title, customer, or body/text.
 *
 * Only the first RANK_CANDIDATES matches of each kind that the GIN index
 * yields are ranked, in no particular order: ts_rank reads each candidate's
 * whole tsvector, and a common word matches nearly every stage. Ordering the
 * candidates (by date, say) would read and join every match first, which for
 * a common word cost more than the ranking (see "Search benchmark" in
 * docs/benchmarks.md). A word in fewer places than that is ranked everywhere.
 */
export const RANK_CANDIDATES = 200;

const RANK = Prisma.sql`33`;

/**
 * Whether the title matches: the title's own words are the vector's A part,
 * so parsing the short title is the same test as ts_filter(vector, '{a}'),
 * without copying the whole (for a publication, large) vector per candidate.
 */
const TITLE_MATCHES = Prisma.sql`to_tsvector('english', c."title") @@ q.query`;

/**
 * Rows with a title, ranked with a title hit first (tier 2), then
 * `otherTier`: `candidates` selects id, "initiativeId", title, vector, at.
 * Constants from this file only go into the SQL as they are.
 */
function titledHits({
  source,
  otherPart,
  otherTier,
  candidates,
}: {
  source: string;
  otherPart: string;
  otherTier: number;
  candidates: Prisma.Sql;
}) {
  return Prisma.sql`
    SELECT ${Prisma.raw(source)} AS source, d.id AS "rowId", d."initiativeId", NULL::text AS stage,
           NULL::text AS "threadId", d.part,
           (CASE d.part WHEN 'title' THEN 2 ELSE ${Prisma.raw(String(otherTier))} END)
             + ts_rank(d.vector, q.query, ${RANK}) AS score,
           d.at
    FROM (
      SELECT c.*, CASE WHEN ${TITLE_MATCHES} THEN 'title' ELSE '${Prisma.raw(otherPart)}' END AS part
      FROM (${candidates} LIMIT ${RANK_CANDIDATES}) c, q
    ) d, q`;
}

/** Initiatives by title (A) and customer answers (B): for people who read drafts. */
export function initiativeHits(workspaceId: string) {
  return titledHits({
    source: "d.part",
    otherPart: "customer",
    otherTier: 1,
    candidates: Prisma.sql`
      SELECT i."id", i."id" AS "initiativeId", i."title", i."searchVector" AS vector,
             i."updatedAt" AS at
      FROM "Initiative" i, q
      WHERE i."workspaceId" = ${workspaceId} AND i."searchVector" @@ q.query`,
  });
}

/** Stage text (D): for people who read drafts. */
export function stageHits(workspaceId: string) {
  return Prisma.sql`
    SELECT 'stage' AS source, c.id AS "rowId", c."initiativeId", c.stage, NULL::text AS "threadId",
           'body' AS part, ts_rank(c.vector, q.query, ${RANK}) AS score, c.at
    FROM (
      SELECT s."id", s."initiativeId", s."stage"::text AS stage, s."searchVector" AS vector,
             s."updatedAt" AS at
      FROM "Section" s JOIN "Initiative" i ON i."id" = s."initiativeId", q
      WHERE i."workspaceId" = ${workspaceId} AND s."searchVector" @@ q.query
      LIMIT ${RANK_CANDIDATES}
    ) c, q`;
}

/** Comments (C), not deleted ones: for people who read drafts. */
export function commentHits(workspaceId: string) {
  return Prisma.sql`
    SELECT 'comment' AS source, c.id AS "rowId", c."initiativeId", c.stage, c."threadId",
           'body' AS part, ts_rank(c.vector, q.query, ${RANK}) AS score, c.at
    FROM (
      SELECT m."id", s."initiativeId", s."stage"::text AS stage, m."threadId",
             m."searchVector" AS vector, m."createdAt" AS at
      FROM "Comment" m
        JOIN "CommentThread" t ON t."id" = m."threadId"
        JOIN "Section" s ON s."id" = t."sectionId"
        JOIN "Initiative" i ON i."id" = s."initiativeId", q
      WHERE i."workspaceId" = ${workspaceId} AND m."deletedAt" IS NULL
        AND m."searchVector" @@ q.query
      LIMIT ${RANK_CANDIDATES}
    ) c, q`;
}

/**
 * The latest publication of each initiative, by title (A), customer answers
 * (B) and the stages' text (D): everything a viewer may find. A title hit
 * ranks first; customer answers and text are ranked by ts_rank's weights
 * (which of them matched is worked out for the returned rows only: headline-sql.ts).
 */
export function publishedHits(workspaceId: string) {
  return titledHits({
    source: "'published'",
    otherPart: "text",
    otherTier: 0,
    candidates: Prisma.sql`
      SELECT p."id", p."initiativeId", p."title", p."searchVector" AS vector, p."createdAt" AS at
      FROM "Publication" p, q
      WHERE p."workspaceId" = ${workspaceId} AND p."searchVector" @@ q.query
        AND p."version" = (SELECT max(l."version") FROM "Publication" l
                           WHERE l."initiativeId" = p."initiativeId")`,
  });
}
