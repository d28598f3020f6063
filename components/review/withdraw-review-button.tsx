"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Undo2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { withdrawReviewAction } from "@/server/actions/withdraw-review";

/** Takes the stage out of review, so it can be written again. */
export function WithdrawReviewButton({ sectionId, label }: { sectionId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await withdrawReviewAction({}, sectionId);
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          toast.success(`Review withdrawn: ${label} is open for changes again.`);
          router.refresh();
        })
      }
    >
      <Undo2Icon /> {pending ? "Withdrawing…" : "Withdraw review"}
    </Button>
  );
}
