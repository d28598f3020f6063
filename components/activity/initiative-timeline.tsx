import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon, HistoryIcon } from "lucide-react";
import { UserAvatar } from "@/components/app-shell/user-avatar";
import { Button } from "@/components/ui/button";
import type { TimelineEntry } from "@/server/data/activity/list-initiative-activity";
import { activitySentence } from "@/lib/activity-text";
import { formatDate, formatRelative } from "@/lib/format";

type Props = {
  entries: TimelineEntry[];
  /** The cursor of the next, older page; null on the last. */
  older: string | null;
  isFirstPage: boolean;
  /** This page's path, for the paging links. */
  base: string;
};

const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** The initiative's story, newest first: "Ana completed Press release · 2 hours ago". */
export function InitiativeTimeline({ entries, older, isFirstPage, base }: Props) {
  return (
    <section aria-labelledby="activity-title" className="mt-8 grid max-w-3xl gap-6">
      <header className="grid gap-2">
        <h2 id="activity-title" className="flex items-center gap-2 text-xl font-semibold">
          <HistoryIcon aria-hidden className="size-5 text-muted-foreground" />
          Activity
        </h2>
        <p className="text-sm text-muted-foreground">
          Stages completed, reopened and sent to review, reviewers’ answers, versions, publications,
          and who joined the workspace since this initiative began.
        </p>
      </header>
      {entries.length > 0 ? (
        <ol className="relative grid gap-5 before:absolute before:top-2 before:bottom-2 before:left-4 before:w-px before:bg-border">
          {entries.map((entry) => (
            <li key={entry.id} className="relative flex items-start gap-3">
              <UserAvatar name={entry.actor.name} className="ring-4 ring-background" />
              <div className="min-w-0 pt-1">
                <p className="text-sm">
                  <span className="font-medium">{entry.actor.name}</span>{" "}
                  {activitySentence(entry.type, entry.data)}
                </p>
                <p className="text-xs text-muted-foreground">
                  <time
                    dateTime={entry.createdAt.toISOString()}
                    title={time.format(entry.createdAt)}
                  >
                    {formatRelative(entry.createdAt)}
                  </time>
                  {" · "}
                  {formatDate(entry.createdAt)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground">
          Nothing older.
        </p>
      )}
      {older || !isFirstPage ? (
        <nav aria-label="Pages" className="flex gap-2">
          {!isFirstPage ? (
            <Button asChild variant="outline" size="sm">
              <Link href={base}>
                <ChevronLeftIcon aria-hidden /> Newest
              </Link>
            </Button>
          ) : null}
          {older ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`${base}?before=${encodeURIComponent(older)}`} rel="next">
                Older <ChevronRightIcon aria-hidden />
              </Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
