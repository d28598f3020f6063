import Link from "next/link";
import {
  dashboardHref,
  type DashboardFilter,
  type DashboardSort,
  type TDashboardQuery,
} from "@/lib/schemas/dashboard";
import { cn } from "@/lib/utils";

const FILTER_LABELS: Record<DashboardFilter, string> = {
  active: "All active",
  mine: "Mine",
  review: "In review",
  stalled: "Stalled",
  archived: "Archived",
};

const SORT_LABELS: Record<DashboardSort, string> = {
  activity: "Last activity",
  time: "Time in stage",
  title: "Title",
  progress: "Progress",
};

type Props = {
  workspaceId: string;
  query: TDashboardQuery;
  counts: Record<DashboardFilter, number>;
};

/**
 * The dashboard's filters (with how many each holds) and sorts, as links:
 * they live in the address, so a view can be shared or bookmarked, and
 * they work before any script loads. Changing either goes back to page 1.
 */
export function DashboardControls({ workspaceId, query, counts }: Props) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3 border-b">
      {/* Wraps rather than scrolls on a phone, so the filter in use is always in view. */}
      <nav aria-label="Filter initiatives" className="-mb-px flex flex-wrap">
        {(Object.keys(FILTER_LABELS) as DashboardFilter[]).map((show) => (
          <Link
            key={show}
            href={dashboardHref(workspaceId, { ...query, show, page: 1 })}
            aria-current={show === query.show ? "page" : undefined}
            className={cn(
              "border-b-2 px-2.5 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground hover:text-foreground sm:px-3",
              show === query.show ? "border-primary text-foreground" : "border-transparent",
            )}
          >
            {FILTER_LABELS[show]}{" "}
            <span className="text-xs text-muted-foreground tabular-nums">{counts[show]}</span>
          </Link>
        ))}
      </nav>
      <nav
        aria-label="Sort initiatives"
        className="flex items-center gap-1 overflow-x-auto pb-2 text-sm whitespace-nowrap max-md:w-full"
      >
        <span className="mr-1 text-muted-foreground" aria-hidden>
          Sort
        </span>
        {(Object.keys(SORT_LABELS) as DashboardSort[]).map((sort) => (
          <Link
            key={sort}
            href={dashboardHref(workspaceId, { ...query, sort, page: 1 })}
            aria-current={sort === query.sort ? "true" : undefined}
            aria-label={`Sort by ${SORT_LABELS[sort].toLowerCase()}`}
            className={cn(
              "rounded-md px-2 py-1 text-muted-foreground hover:bg-accent hover:text-foreground",
              sort === query.sort && "bg-accent font-medium text-foreground",
            )}
          >
            {sort === "activity" ? (
              // "Last" only where there is room, so the four fit a phone's width.
              <>
                <span className="max-sm:hidden">Last activity</span>
                <span className="sm:hidden">Activity</span>
              </>
            ) : (
              SORT_LABELS[sort]
            )}
          </Link>
        ))}
      </nav>
    </div>
  );
}
