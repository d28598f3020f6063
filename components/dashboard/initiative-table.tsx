import Link from "next/link";
import { ArchiveIcon } from "lucide-react";
import { StageProgress } from "@/components/initiative/stage-progress";
import { Badge } from "@/components/ui/badge";
import type { DashboardItem } from "@/server/data/dashboard/list-dashboard";
import type { DashboardSort } from "@/lib/schemas/dashboard";
import { STAGE_INFO } from "@/lib/stages";
import { STALLED_AFTER_DAYS, timeInStageLabel } from "@/lib/time-in-stage";
import { activitySentence } from "@/lib/activity-text";
import { formatDate, formatRelative } from "@/lib/format";
import { cn } from "@/lib/utils";

type Props = {
  workspaceId: string;
  initiatives: DashboardItem[];
  sort: DashboardSort;
  /** The moment "how long" is measured to, the same for every row. */
  now: Date;
};

/** Which column each sort orders, for aria-sort on its header. */
const SORTED_COLUMN: Record<DashboardSort, string> = {
  title: "initiative",
  time: "stage",
  progress: "stage",
  activity: "activity",
};

// One table for every width: a table from md up, each row a card below it.
// Rows and cells are styled once here rather than on each of up to 50 rows,
// which keeps the page's HTML (and its React payload) small.
const BODY = cn(
  "divide-y [&_td]:px-4 [&_td]:py-3 [&_td]:align-top [&_tr]:transition-colors [&_tr:hover]:bg-accent/40",
  "max-md:block max-md:space-y-3 max-md:divide-y-0 max-md:[&_td]:block max-md:[&_td]:px-0 max-md:[&_td]:py-1",
  "max-md:[&_tr]:block max-md:[&_tr]:rounded-xl max-md:[&_tr]:border max-md:[&_tr]:bg-background max-md:[&_tr]:px-4 max-md:[&_tr]:py-3 max-md:[&_tr]:shadow-xs",
);

/** Each initiative with where it stands: a row of the workspace dashboard. */
export function InitiativeTable({ workspaceId, initiatives, sort, now }: Props) {
  const header = (column: string, label: string, className?: string) => (
    <th
      scope="col"
      aria-sort={
        SORTED_COLUMN[sort] === column ? (sort === "title" ? "ascending" : "descending") : undefined
      }
      className={cn("px-4 py-2 text-left text-xs font-medium text-muted-foreground", className)}
    >
      {label}
    </th>
  );
  return (
    <div className="overflow-hidden rounded-xl border bg-background shadow-xs max-md:border-0 max-md:bg-transparent max-md:shadow-none">
      <table className="w-full text-sm max-md:block" aria-label="Initiatives">
        <thead className="border-b bg-muted/40 max-md:sr-only">
          <tr>
            {header("initiative", "Initiative")}
            {header("stage", "Stage", "w-60")}
            {header("open", "Open", "w-28")}
            {header("activity", "Last activity", "w-60")}
          </tr>
        </thead>
        <tbody className={BODY}>
          {initiatives.map((item) => (
            <Row key={item.id} item={item} workspaceId={workspaceId} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ item, workspaceId, now }: { item: DashboardItem; workspaceId: string; now: Date }) {
  // An archived initiative's clock stops when it was archived: nobody can move it on.
  const since = timeInStageLabel(item.enteredAt, item.archivedAt ?? now);
  const open = (count: number, noun: string) => (
    <p className={cn("whitespace-nowrap", count === 0 && "text-muted-foreground/70")}>
      {`${count} ${noun}${count === 1 ? "" : "s"}`}
    </p>
  );
  return (
    <tr>
      <td>
        <Link href={`/w/${workspaceId}/i/${item.id}`} className="font-medium hover:underline">
          {item.title}
        </Link>
        <p className="line-clamp-1 text-muted-foreground">{`For ${item.customer}`}</p>
        <p className="text-xs text-muted-foreground">
          {`Owner: ${item.ownerName}`}
          {item.archivedAt ? (
            <Badge
              variant="outline"
              className="ml-2"
              title={`Archived ${formatDate(item.archivedAt)}`}
            >
              <ArchiveIcon aria-hidden /> Archived
            </Badge>
          ) : null}
        </p>
      </td>
      <td>
        <StageProgress states={item.states} />
        <p className="mt-1">
          {item.stage ? (
            <>
              <span className="font-medium">{STAGE_INFO[item.stage].label}</span>
              {since ? <span className="text-muted-foreground">{` · ${since}`}</span> : null}
            </>
          ) : (
            <span className="font-medium text-success">All stages complete</span>
          )}
        </p>
        {item.checks?.total || item.stalled ? (
          <p className="mt-0.5 text-xs text-muted-foreground tabular-nums">
            {item.checks?.total ? `${item.checks.passed}/${item.checks.total} checks passed` : null}
            {item.stalled ? (
              <Badge
                variant="warning"
                className="ml-2"
                title={`More than ${STALLED_AFTER_DAYS} days in this stage`}
              >
                Stalled
              </Badge>
            ) : null}
          </p>
        ) : null}
      </td>
      {/* Open reviews (pending answers of a stage in review) and unresolved threads. */}
      <td className="tabular-nums max-md:flex! max-md:gap-4">
        {open(item.openReviews, "review")}
        {open(item.openThreads, "thread")}
      </td>
      <td className="text-muted-foreground">
        {item.lastActivity ? (
          <>
            <p className="line-clamp-2">
              <span className="text-foreground">{item.lastActivity.actorName}</span>
              {` ${activitySentence(item.lastActivity.type, item.lastActivity.data)}`}
            </p>
            <time
              dateTime={item.lastActivity.at.toISOString()}
              title={formatDate(item.lastActivity.at)}
              className="text-xs"
            >
              {formatRelative(item.lastActivity.at, now)}
            </time>
          </>
        ) : (
          "No activity yet"
        )}
      </td>
    </tr>
  );
}
