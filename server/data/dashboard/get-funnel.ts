import "server-only";
import { db } from "@/server/db";
import { STAGES, type Stage } from "@/lib/stages";
import { STAGE_ENTRY_TYPES, funnelWindowStart } from "@/lib/time-in-stage";
import { loadDashboardReader } from "./load-dashboard-reader";

export type GetFunnelOptions = {
  userId: string;
  workspaceId: string;
  /** The end of the medians' window; now unless a test says otherwise. */
  now?: Date;
};

/**
 * The workspace's funnel: how many active initiatives are in each stage now
 * (and how many have finished all five), and the median time spent in each
 * stage over the last FUNNEL_WINDOW_DAYS. Each "stage.completed" entry in
 * the window counts the time since the initiative's previous stage entry
 * (created, completed or reopened; LAG over the whole log, so a stage
 * entered before the window still counts whole); PostgreSQL takes the
 * median (percentile_cont). Two queries, run together.
 */
export async function getFunnel({ userId, workspaceId, now = new Date() }: GetFunnelOptions) {
  const workspace = await loadDashboardReader({ userId, workspaceId });
  const [current, medians] = await Promise.all([
    db().$queryRaw<{ stage: Stage | null; n: number }[]>`
      SELECT c.stage::text AS stage, count(*)::int AS n FROM (
        SELECT min(s.stage) FILTER (WHERE s.state <> 'COMPLETE') AS stage
        FROM "Initiative" i JOIN "Section" s ON s."initiativeId" = i.id
        WHERE i."workspaceId" = ${workspace.id} AND i."archivedAt" IS NULL
        GROUP BY i.id
      ) c GROUP BY c.stage`,
    db().$queryRaw<{ stage: string; completions: number; medianSeconds: number }[]>`
      WITH entries AS (
        SELECT a.type, a."createdAt", a.data->>'stage' AS stage,
          lag(a."createdAt") OVER (
            PARTITION BY a."initiativeId" ORDER BY a."createdAt", a.id
          ) AS "previousAt"
        FROM "Activity" a
        WHERE a."workspaceId" = ${workspace.id} AND a."initiativeId" IS NOT NULL
          AND a.type = ANY(${[...STAGE_ENTRY_TYPES]}::text[])
      )
      SELECT e.stage, count(*)::int AS completions,
        percentile_cont(0.5) WITHIN GROUP (
          ORDER BY extract(epoch FROM e."createdAt" - e."previousAt")
        )::float8 AS "medianSeconds"
      FROM entries e
      WHERE e.type = 'stage.completed' AND e.stage IS NOT NULL AND e."previousAt" IS NOT NULL
        AND e."createdAt" >= ${funnelWindowStart(now)} AND e."createdAt" <= ${now}
      GROUP BY e.stage`,
  ]);
  const stages = STAGES.map((stage) => {
    const median = medians.find((row) => row.stage === stage);
    return {
      stage,
      /** Active initiatives whose current stage this is. */
      now: current.find((row) => row.stage === stage)?.n ?? 0,
      /** Completions of this stage in the window, and the median time they took (null: none). */
      completions: median?.completions ?? 0,
      medianSeconds: median ? median.medianSeconds : null,
    };
  });
  return {
    stages,
    /** Active initiatives with all five stages complete. */
    finished: current.find((row) => row.stage === null)?.n ?? 0,
  };
}

export type Funnel = Awaited<ReturnType<typeof getFunnel>>;
