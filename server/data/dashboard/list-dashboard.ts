import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { STAGES, type SectionState, type Stage, type StageStates } from "@/lib/stages";
import { STAGE_ENTRY_TYPES, stalledBefore } from "@/lib/time-in-stage";
import {
  DASHBOARD_PAGE_SIZE,
  type DashboardFilter,
  type DashboardSort,
  type TDashboardQuery,
} from "@/lib/schemas/dashboard";
import { loadDashboardReader } from "./load-dashboard-reader";

export type ListDashboardOptions = {
  userId: string;
  workspaceId: string;
  query: TDashboardQuery;
  /** The time "how long" and "stalled" are measured against; now unless a test says otherwise. */
  now?: Date;
  /** Initiatives per page (DASHBOARD_PAGE_SIZE). */
  pageSize?: number;
};

/** Which rows each filter keeps (columns of the `flagged` step below). */
const FILTERS: Record<DashboardFilter, Prisma.Sql> = {
  active: Prisma.sql`f.active`,
  mine: Prisma.sql`f.active AND f.mine`,
  review: Prisma.sql`f.active AND f."inReview"`,
  stalled: Prisma.sql`f.stalled`,
  archived: Prisma.sql`NOT f.active`,
};

/** Each sort, with the id last so that pages never overlap or skip. */
const SORTS: Record<DashboardSort, Prisma.Sql> = {
  activity: Prisma.sql`f."lastAt" DESC NULLS LAST, f.id`,
  // Longest in its stage first; finished initiatives (no current stage) last.
  time: Prisma.sql`f."enteredAt" ASC NULLS LAST, f.id`,
  title: Prisma.sql`lower(f.title), f.id`,
  progress: Prisma.sql`f.done DESC, f."lastAt" DESC NULLS LAST, f.id`,
};

type Row = {
  nActive: number;
  nMine: number;
  nReview: number;
  nStalled: number;
  nArchived: number;
  id: string | null;
  title: string;
  customer: string;
  archivedAt: Date | null;
  states: SectionState[];
  stage: Stage | null;
  enteredAt: Date | null;
  stalled: boolean;
  lastAt: Date | null;
  ownerName: string;
  lastType: string | null;
  lastData: unknown;
  lastActorName: string | null;
  checksPassed: number | null;
  checksTotal: number | null;
  openReviews: number;
  openThreads: number;
};

/**
 * The workspace dashboard: one page of initiatives with where each stands
 * (stage states, the current stage and since when, its checks, open
 * reviews and threads, the last activity and who), filtered and sorted,
 * and how many initiatives each filter holds. One query, whatever the
 * page size: aggregates over the workspace's sections and activity log,
 * then details for the page's rows only.
 *
 * The current stage was entered at the latest "initiative.created",
 * "stage.completed" or "stage.reopened" entry (lib/time-in-stage.ts).
 * Open reviews are the PENDING answers of the current round of a stage
 * that is in review (a withdrawn review leaves its unanswered rows behind).
 */
export async function listDashboard({
  userId,
  workspaceId,
  query,
  now = new Date(),
  pageSize = DASHBOARD_PAGE_SIZE,
}: ListDashboardOptions) {
  const workspace = await loadDashboardReader({ userId, workspaceId });
  const rows = await db().$queryRaw<Row[]>`
    WITH init AS (
      SELECT i.id, i.title, i.customer, i."ownerId", i."archivedAt"
      FROM "Initiative" i WHERE i."workspaceId" = ${workspace.id}
    ), sec AS (
      SELECT s."initiativeId" AS id,
        array_agg(s.state::text ORDER BY s.stage) AS states,
        count(*) FILTER (WHERE s.state = 'COMPLETE')::int AS done,
        min(s.stage) FILTER (WHERE s.state <> 'COMPLETE') AS stage,
        bool_or(s.state = 'IN_REVIEW') AS "inReview"
      FROM "Section" s JOIN init ON init.id = s."initiativeId"
      GROUP BY s."initiativeId"
    ), act AS (
      SELECT a."initiativeId" AS id,
        max(a."createdAt") AS "lastAt",
        max(a."createdAt") FILTER (WHERE a.type = ANY(${[...STAGE_ENTRY_TYPES]}::text[])) AS "enteredAt",
        bool_or(a."actorId" = ${userId}) AS "actedOn"
      FROM "Activity" a
      WHERE a."workspaceId" = ${workspace.id} AND a."initiativeId" IS NOT NULL
      GROUP BY a."initiativeId"
    ), flagged AS (
      SELECT init.*, sec.states, sec.done, sec.stage, sec."inReview", act."lastAt",
        CASE WHEN sec.stage IS NULL THEN NULL ELSE act."enteredAt" END AS "enteredAt",
        init."archivedAt" IS NULL AS active,
        (init."ownerId" = ${userId} OR coalesce(act."actedOn", false)) AS mine,
        (init."archivedAt" IS NULL AND sec.stage IS NOT NULL
          AND act."enteredAt" < ${stalledBefore(now)}) AS stalled
      FROM init JOIN sec USING (id) LEFT JOIN act USING (id)
    ), counts AS (
      SELECT
        count(*) FILTER (WHERE f.active)::int AS "nActive",
        count(*) FILTER (WHERE f.active AND f.mine)::int AS "nMine",
        count(*) FILTER (WHERE f.active AND f."inReview")::int AS "nReview",
        count(*) FILTER (WHERE f.stalled)::int AS "nStalled",
        count(*) FILTER (WHERE NOT f.active)::int AS "nArchived"
      FROM flagged f
    ), page AS (
      SELECT f.*, row_number() OVER (ORDER BY ${SORTS[query.sort]}) AS ord
      FROM flagged f WHERE ${FILTERS[query.show]}
      ORDER BY ${SORTS[query.sort]}
      LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}
    )
    SELECT c.*, p.id, p.title, p.customer, p."archivedAt", p.states, p.stage::text AS stage,
      p."enteredAt", p.stalled, p."lastAt", o.name AS "ownerName",
      la.type AS "lastType", la.data AS "lastData", lu.name AS "lastActorName",
      cur."checksPassed", cur."checksTotal",
      coalesce(rv.n, 0) AS "openReviews", coalesce(th.n, 0) AS "openThreads"
    FROM counts c
    LEFT JOIN page p ON true
    LEFT JOIN "User" o ON o.id = p."ownerId"
    LEFT JOIN LATERAL (
      SELECT a.type, a.data, a."actorId" FROM "Activity" a
      WHERE a."initiativeId" = p.id ORDER BY a."createdAt" DESC, a.id DESC LIMIT 1
    ) la ON true
    LEFT JOIN "User" lu ON lu.id = la."actorId"
    LEFT JOIN "Section" cur ON cur."initiativeId" = p.id AND cur.stage = p.stage
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "Review" r JOIN "Section" s ON s.id = r."sectionId"
      WHERE s."initiativeId" = p.id AND s.state = 'IN_REVIEW'
        AND r.round = s."reviewRound" AND r.status = 'PENDING'
    ) rv ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "CommentThread" t JOIN "Section" s ON s.id = t."sectionId"
      WHERE s."initiativeId" = p.id AND t."resolvedAt" IS NULL
    ) th ON true
    ORDER BY p.ord`;

  const first = rows[0];
  const counts: Record<DashboardFilter, number> = {
    active: first?.nActive ?? 0,
    mine: first?.nMine ?? 0,
    review: first?.nReview ?? 0,
    stalled: first?.nStalled ?? 0,
    archived: first?.nArchived ?? 0,
  };
  const initiatives = rows.flatMap((row) => (row.id ? [toItem({ ...row, id: row.id })] : []));
  return {
    actor: workspace.actor,
    counts,
    /** How many initiatives the current filter holds, over every page. */
    total: counts[query.show],
    pageSize,
    initiatives,
  };
}

function toItem(row: Row & { id: string }) {
  const states = Object.fromEntries(
    STAGES.map((stage, index) => [stage, row.states[index] ?? "LOCKED"]),
  ) as StageStates;
  return {
    id: row.id,
    title: row.title,
    customer: row.customer,
    ownerName: row.ownerName,
    archivedAt: row.archivedAt,
    states,
    /** The stage being worked on; null once all five are complete. */
    stage: row.stage,
    /** When the current stage was entered (null when finished or the log has no entry). */
    enteredAt: row.enteredAt,
    stalled: row.stalled,
    /** The current stage's checks passed, of how many (0 of 0: not checked yet). */
    checks:
      row.stage && row.checksTotal !== null
        ? { passed: row.checksPassed ?? 0, total: row.checksTotal }
        : null,
    openReviews: row.openReviews,
    openThreads: row.openThreads,
    lastActivity:
      row.lastAt && row.lastType
        ? {
            at: row.lastAt,
            type: row.lastType,
            data: row.lastData,
            actorName: row.lastActorName ?? "Someone",
          }
        : null,
  };
}

export type Dashboard = Awaited<ReturnType<typeof listDashboard>>;
export type DashboardItem = Dashboard["initiatives"][number];
