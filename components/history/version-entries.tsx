"use client";

import { cn } from "@/lib/utils";
import { formatRelative } from "@/lib/format";
import { restoreLabel, versionByline, versionTitle } from "@/lib/version-labels";
import type { VersionView } from "@/lib/version-view";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** "26 Nov 2026, 14:05": when a version was kept, to the minute. */
export const formatTaken = (iso: string) => dateTime.format(new Date(iso));

type Props = {
  versions: readonly VersionView[];
  selectedId: string | null;
  onSelect: (versionId: string) => void;
};

/** The versions, newest first: name or why it was kept, when, and who. */
export function VersionEntries({ versions, selectedId, onSelect }: Props) {
  if (versions.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        No versions yet. One is kept when the stage goes to review or completes, and every few
        minutes while people write.
      </p>
    );
  return (
    <ol aria-label="Versions" className="grid gap-1">
      {versions.map((version) => {
        const byline = versionByline(version);
        const selected = version.id === selectedId;
        return (
          <li key={version.id}>
            <button
              type="button"
              aria-current={selected ? "true" : undefined}
              onClick={() => onSelect(version.id)}
              className={cn(
                "grid w-full gap-0.5 rounded-md px-3 py-2 text-left text-sm transition-colors hover:bg-accent",
                selected && "bg-accent",
              )}
            >
              <span className={cn("truncate", version.name ? "font-medium" : "")}>
                {versionTitle(version)}
              </span>
              <span
                className="text-xs text-muted-foreground"
                title={formatTaken(version.createdAt)}
              >
                {formatRelative(new Date(version.createdAt))}
                {byline ? ` · ${byline}` : ""}
              </span>
              {version.restoredFromTitle ? (
                <span className="truncate text-xs text-muted-foreground">
                  {restoreLabel(version.kind, version.restoredFromTitle)}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
