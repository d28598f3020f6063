import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";
import { ZSearchSchema } from "@/lib/schemas/search";
import type { SearchResult } from "@/lib/search/types";
import { commentHits, initiativeHits, publishedHits, stageHits } from "./search-sources";
import { headlineSql } from "./headline-sql";
import { anyWordSql, querySql, stemPatternsSql } from "./query-sql";
import { toSearchResult, type SearchRow } from "./to-search-result";

/** A comment result's row and author, for its snippet and byline. */
const commentAuthor = Prisma.sql`
  LEFT JOIN "Comment" comment ON top.source = 'comment' AND comment."id" = top."rowId"
  LEFT JOIN "User" author ON author."id" = comment."authorId"`;

export type SearchWorkspaceOptions = {
  userId: string;
  workspaceId: string;
  /** `{ q, limit }` from outside, validated here (lib/schemas/search.ts). */
  input: unknown;
};

/**
 * Full-text search of one workspace, best first, for what the person may
 * read: people who read drafts find initiatives' titles and customer
 * answers, stage text and comments; viewers find the latest publication of
 * each initiative and nothing else. 404 for non-members.
 * Snippets (ts_headline, which re-reads the text) are made for the returned
 * rows only, after the LIMIT.
 */
export async function searchWorkspace({
  userId,
  workspaceId,
  input,
}: SearchWorkspaceOptions): Promise<SearchResult[]> {
  const { q, limit } = parseInput(ZSearchSchema, input);
  // The role alone (one query, not getWorkspace's two): this runs on every keystroke.
  const actor = await getActor({ userId, workspaceId: parseId(workspaceId, "Workspace") });
  authorize(actor, "workspace.view", { hidden: "Workspace", refusal: "You cannot search here." });
  const drafts = can(actor, "initiative.readDrafts");
  const sources = drafts
    ? [initiativeHits(workspaceId), stageHits(workspaceId), commentHits(workspaceId)]
    : can(actor, "publication.read")
      ? [publishedHits(workspaceId)]
      : [];
  if (!q || sources.length === 0) return [];
  const union = Prisma.join(
    sources.map((source) => Prisma.sql`(${source})`),
    " UNION ALL ",
  );
  // querytree() is 'T' for a query the index cannot narrow (only negations,
  // "-draft"): it would match nearly everything, so it finds nothing instead.
  const rows = await db().$queryRaw<SearchRow[]>`
    WITH q AS MATERIALIZED (
      SELECT query, ${anyWordSql(q)} AS anyword, ${stemPatternsSql(q)} AS stems
      FROM (SELECT ${querySql(q)} AS query) typed
      WHERE numnode(query) > 0 AND querytree(query) <> 'T'
    ),
    hits AS (${union}),
    top AS (SELECT * FROM hits ORDER BY score DESC, at DESC, "rowId" LIMIT ${limit})
    SELECT top.source, top."rowId", top."initiativeId", top.stage, top."threadId", top.score,
           i."title" AS "initiativeTitle", i."archivedAt" IS NOT NULL AS archived,
           ${drafts ? Prisma.sql`author."name"` : Prisma.sql`NULL::text`} AS "authorName",
           ${headlineSql({ drafts })} AS headline
    FROM top
      JOIN "Initiative" i ON i."id" = top."initiativeId"
      ${drafts ? commentAuthor : Prisma.empty},
      q
    ORDER BY top.score DESC, top.at DESC, top."rowId"`;
  return rows.map((row) => toSearchResult(row, workspaceId));
}
