import { CheckIcon, CircleAlertIcon, LoaderIcon } from "lucide-react";

export type SaveState = "saved" | "unsaved" | "saving" | "error";

const TEXT: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  error: "Not saved — retrying on your next edit",
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span
      role="status"
      aria-live="polite"
      className="inline-flex items-center gap-1.5 text-xs text-muted-foreground"
    >
      {state === "saving" ? <LoaderIcon className="size-3.5 animate-spin" aria-hidden /> : null}
      {state === "saved" ? <CheckIcon className="size-3.5" aria-hidden /> : null}
      {state === "error" ? (
        <CircleAlertIcon className="size-3.5 text-destructive" aria-hidden />
      ) : null}
      {TEXT[state]}
    </span>
  );
}
