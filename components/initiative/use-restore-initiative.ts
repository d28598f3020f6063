"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { unarchiveInitiativeAction } from "@/server/actions/unarchive-initiative";

/** Restores an archived initiative, from its banner or its menu, and shows the page as it is now. */
export function useRestoreInitiative(initiativeId: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await unarchiveInitiativeAction(initiativeId);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success("Restored: the initiative is back in the list and can be changed again.");
      router.refresh();
    });
  return { restore, pending };
}
