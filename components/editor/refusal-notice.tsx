import type { ReactNode } from "react";
import { RefreshCwIcon, TriangleAlertIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

function Notice({ message, action }: { message: string; action: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <p className="flex items-center gap-2">
        <TriangleAlertIcon className="size-4 shrink-0 text-warning" aria-hidden />
        {message}
      </p>
      {action}
    </div>
  );
}

/** Why the collab server would not open this section, and a way to ask again. */
export function RefusalNotice({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Notice
      message={message}
      action={
        <Button size="sm" variant="outline" onClick={onRetry}>
          <RefreshCwIcon /> Try again
        </Button>
      }
    />
  );
}

/** Something the person must read once (edits that could not be kept), until they dismiss it. */
export function DismissibleNotice({
  message,
  onDismiss,
}: {
  message: string;
  onDismiss: () => void;
}) {
  return (
    <Notice
      message={message}
      action={
        <Button size="sm" variant="outline" onClick={onDismiss}>
          <XIcon /> Dismiss
        </Button>
      }
    />
  );
}
