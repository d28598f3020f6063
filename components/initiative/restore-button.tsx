"use client";

import { Button } from "@/components/ui/button";
import { useRestoreInitiative } from "./use-restore-initiative";

/** Restores an archived initiative from its banner. */
export function RestoreButton({ initiativeId }: { initiativeId: string }) {
  const { restore, pending } = useRestoreInitiative(initiativeId);
  return (
    <Button size="sm" variant="outline" onClick={restore} disabled={pending}>
      {pending ? "Restoring…" : "Restore"}
    </Button>
  );
}
