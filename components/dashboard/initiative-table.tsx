import Link from "next/link";
import { ArchiveIcon, CircleDotIcon, MessageSquareIcon } from "lucide-react";
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
const CELL = "px-4 py-3 align-top max-md:block max-md:px-0 max-md:py-1";

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
            {header("open", "Open", "w-32")}
            {header("activity", "Last activity", "w-60")}
          </tr>
        </thead>
        <tbody className="divide-y max-md:block max-md:space-y-3 max-md:divide-y-0">
          {initiatives.map((item) => (
            <Row key={item.id} item={item} workspaceId={workspaceId} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ item, workspaceId, now }: { item: DashboardItem; workspaceId: string; now: Date }) {
  const since = timeInStageLabel(item.enteredAt, now);
  return (
    <tr className="transition-colors hover:bg-accent/40 max-md:block max-md:rounded-xl max-md:border max-md:bg-background max-md:px-4 max-md:py-3 max-md:shadow-xs">
      <td className={cn(CELL, "min-w-0")}>
        <Link
          href={`/w/${workspaceId}/i/${item.id}`}
          className="font-medium break-words hover:underline"
        >
          {item.title}
        </Link>
        <p className="line-clamp-1 text-muted-foreground">For {item.customer}</p>
        <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <span>Owner: {item.ownerName}</span>
          {item.archivedAt ? (
            <Badge variant="outline" title={`Archived ${formatDate(item.archivedAt)}`}>
              <ArchiveIcon aria-hidden /> Archived
            </Badge>
          ) : null}
        </p>
      </td>
      <td className={CELL}>
        <StageProgress states={item.states} />
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
          {item.stage ? (
            <span>
              <span className="font-medium">{STAGE_INFO[item.stage].label}</span>
              {since ? <span className="text-muted-foreground"> · {since}</span> : null}
            </span>
          ) : (
            <span className="font-medium text-success">All stages complete</span>
          )}
        </p>
        {item.checks?.total || item.stalled ? (
          <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-muted-foreground tabular-nums">
            {item.checks?.total ? (
              <span>
                {item.checks.passed}/{item.checks.total} checks passed
              </span>
            ) : null}
            {item.stalled ? (
              <Badge variant="warning" title={`More than ${STALLED_AFTER_DAYS} days in this stage`}>
                Stalled
              </Badge>
            ) : null}
          </p>
        ) : null}
      </td>
      <td className={cn(CELL, "max-md:flex max-md:gap-4")}>
        <OpenCount icon={<CircleDotIcon aria-hidden />} count={item.openReviews} noun="review" />
        <OpenCount
          icon={<MessageSquareIcon aria-hidden />}
          count={item.openThreads}
          noun="thread"
        />
      </td>
      <td className={cn(CELL, "text-muted-foreground")}>
        {item.lastActivity ? (
          <>
            <p className="line-clamp-2">
              <span className="text-foreground">{item.lastActivity.actorName}</span>{" "}
              {activitySentence(item.lastActivity.type, item.lastActivity.data)}
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

/** "2 reviews" with an icon (its title says "open"); muted at zero. */
function OpenCount({ icon, count, noun }: { icon: React.ReactNode; count: number; noun: string }) {
  const label = `${count} open ${noun}${count === 1 ? "" : "s"}`;
  return (
    <p
      className={cn(
        "flex items-center gap-1.5 whitespace-nowrap tabular-nums [&_svg]:size-3.5",
        count === 0 && "text-muted-foreground/60",
      )}
      title={label}
    >
      {icon}
      {label.replace(" open", "")}
    </p>
  );
}
