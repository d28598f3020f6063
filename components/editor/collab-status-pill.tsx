import { CheckIcon, CloudOffIcon, CloudUploadIcon, LoaderIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import type { CollabStatus } from "./collab-status";

const LOOK: Record<CollabStatus, { text: string; className: string }> = {
  connecting: { text: "Connecting…", className: "text-muted-foreground" },
  connected: { text: "Connected", className: "text-muted-foreground" },
  offline: {
    text: "Offline",
    className: "border-warning/50 bg-warning/10 text-warning-foreground",
  },
  saving: { text: "Saving…", className: "text-muted-foreground" },
  saved: { text: "Saved", className: "text-success" },
};

type Props = {
  status: CollabStatus;
  /** Offline with changes of our own: say they are kept. */
  hasPendingEdits?: boolean;
};

/**
 * Where this tab's writing is: connecting, live, offline, saving or saved.
 * As wide for "Saved" as for "Saving…": it changes with every pause in
 * typing, and a narrower pill let the stage's actions beside it move up a
 * row and back, and the text below jump with them.
 */
export function CollabStatusPill({ status, hasPendingEdits = false }: Props) {
  const { text, className } = LOOK[status];
  return (
    <span
      role="status"
      aria-live="polite"
      data-status={status}
      className={cn(
        "inline-flex h-7 min-w-24 items-center justify-center gap-1.5 rounded-full border bg-background px-2.5 text-xs font-medium whitespace-nowrap",
        className,
      )}
    >
      <StatusIcon status={status} />
      {status === "offline" && hasPendingEdits ? "Offline — edits kept, will sync" : text}
    </span>
  );
}

function StatusIcon({ status }: { status: CollabStatus }) {
  if (status === "saved") return <CheckIcon className="size-3.5" aria-hidden />;
  if (status === "offline") return <CloudOffIcon className="size-3.5" aria-hidden />;
  // Still while saving: a writer is "saving" for as long as they type, and a
  // spinning icon then makes the browser run the page's frames over and over,
  // a third of each keystroke's cost (docs/benchmarks.md, "Editor"), and
  // moves in the corner of the eye all the time.
  if (status === "saving") return <CloudUploadIcon className="size-3.5" aria-hidden />;
  if (status === "connecting") return <LoaderIcon className="size-3.5 animate-spin" aria-hidden />;
  return <span className="size-2 rounded-full bg-success" aria-hidden />;
}
