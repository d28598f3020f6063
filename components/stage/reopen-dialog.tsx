"use client";

import { RotateCcwIcon } from "lucide-react";
import { ConfirmButton } from "@/components/ui/confirm-button";

type Props = {
  label: string;
  /** Later stages that lock again if this one is reopened (from the stage rules). */
  relocks: string[];
  pending: boolean;
  onReopen: () => void;
};

/** "Reopen" asks first: it sends the stage back to drafting and locks the ones after it. */
export function ReopenDialog({ label, relocks, pending, onReopen }: Props) {
  return (
    <ConfirmButton
      title={`Reopen ${label}?`}
      description={`${label} goes back to drafting, so the team can change it and complete it again.`}
      details={
        relocks.length ? (
          <p className="text-sm">
            {listOf(relocks)} {relocks.length === 1 ? "locks" : "lock"} again until {label} is
            complete. What was written there is kept.
          </p>
        ) : null
      }
      confirm="Reopen stage"
      disabled={pending}
      onConfirm={onReopen}
    >
      <RotateCcwIcon /> {pending ? "Reopening…" : "Reopen"}
    </ConfirmButton>
  );
}

function listOf(labels: string[]): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
