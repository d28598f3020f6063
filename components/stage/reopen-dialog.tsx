"use client";

import { RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

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
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={pending}>
          <RotateCcwIcon /> {pending ? "Reopening…" : "Reopen"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reopen {label}?</DialogTitle>
          <DialogDescription>
            {label} goes back to drafting, so the team can change it and complete it again.
          </DialogDescription>
        </DialogHeader>
        {relocks.length ? (
          <p className="text-sm">
            {listOf(relocks)} {relocks.length === 1 ? "locks" : "lock"} again until {label} is
            complete. What was written there is kept.
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button onClick={onReopen}>Reopen stage</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function listOf(labels: string[]): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
