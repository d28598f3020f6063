import type { Funnel } from "@/server/data/dashboard/get-funnel";
import { STAGE_INFO } from "@/lib/stages";
import { FUNNEL_WINDOW_DAYS, medianLabel } from "@/lib/time-in-stage";

/**
 * The workspace's funnel: how many active initiatives are in each stage now
 * and how many have finished, with the median time each stage took over the
 * last 90 days. Bars share one scale, so the stage where work piles up shows.
 */
export function FunnelPanel({ funnel }: { funnel: Funnel }) {
  const largest = Math.max(1, funnel.finished, ...funnel.stages.map((row) => row.now));
  const tiles = [
    ...funnel.stages.map((row) => ({
      key: row.stage,
      label: STAGE_INFO[row.stage].label,
      now: row.now,
      median:
        row.medianSeconds === null ? "No median yet" : `Median ${medianLabel(row.medianSeconds)}`,
      detail: `${row.completions} completed`,
    })),
    {
      key: "FINISHED",
      label: "Finished",
      now: funnel.finished,
      median: "All five complete",
      detail: "",
    },
  ];
  return (
    <section aria-labelledby="funnel-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="funnel-title" className="font-medium">
          Where initiatives stand
        </h2>
        <p className="text-xs text-muted-foreground">
          Active initiatives per stage now; median time in each stage over the last{" "}
          {FUNNEL_WINDOW_DAYS} days.
        </p>
      </div>
      {/* A row per stage on a phone, tiles side by side from sm up. */}
      <ol className="grid gap-2 max-sm:gap-0 max-sm:divide-y max-sm:rounded-xl max-sm:border max-sm:bg-background sm:grid-cols-3 lg:grid-cols-6">
        {tiles.map((tile) => (
          <li
            key={tile.key}
            className="grid grid-cols-[1fr_auto] items-center gap-x-3 px-3 py-2 sm:block sm:rounded-xl sm:border sm:bg-background sm:py-2.5 sm:shadow-xs"
          >
            <p className="truncate text-xs text-muted-foreground max-sm:text-sm max-sm:text-foreground">
              {tile.label}
            </p>
            <p className="text-2xl font-semibold tabular-nums max-sm:row-span-2 max-sm:text-xl">
              {tile.now}
              <span className="sr-only"> now</span>
            </p>
            <div className="mt-1 h-1 rounded-full bg-muted max-sm:hidden" aria-hidden>
              <div
                className="h-1 rounded-full bg-primary"
                style={{ width: `${(tile.now / largest) * 100}%` }}
              />
            </div>
            <p className="text-xs text-muted-foreground sm:mt-1.5">
              {tile.median}
              {tile.detail ? (
                <>
                  <span className="sm:hidden"> · </span>
                  <span className="sm:block">{tile.detail}</span>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
