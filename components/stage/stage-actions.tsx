"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Editor } from "@tiptap/core";
import { toast } from "sonner";
import { CheckCircle2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { transitionSectionAction } from "@/server/actions/transition-section";
import type { StageAction } from "@/lib/stages";
import { useWrittenContent } from "./use-written-content";
import { ReopenDialog } from "./reopen-dialog";

type Props = {
  sectionId: string;
  label: string;
  editor: Editor | null;
  /** Everything this tab wrote is stored: the server decides from what it has stored. */
  allSaved: boolean;
  canComplete: boolean;
  canReopen: boolean;
  /** Later stages a reopen would lock again, named in the confirmation. */
  relocks: string[];
};

/** Complete (once there is writing and it is saved) or reopen a stage. */
export function StageActions({
  sectionId,
  label,
  editor,
  allSaved,
  canComplete,
  canReopen,
  relocks,
}: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const written = useWrittenContent(editor);

  const run = (action: StageAction) =>
    startTransition(async () => {
      const result = await transitionSectionAction({ action }, sectionId);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(
        action === "complete" ? `${label} is complete.` : `${label} is open for changes again.`,
      );
      router.refresh();
    });

  if (!canComplete && !canReopen) return null;
  const why = !written
    ? "Write something under the headings before completing this stage."
    : !allSaved
      ? "Waiting for your latest changes to be saved."
      : undefined;
  return (
    <div className="flex items-center gap-2">
      {canReopen ? (
        <ReopenDialog
          label={label}
          relocks={relocks}
          pending={pending}
          onReopen={() => run("reopen")}
        />
      ) : null}
      {canComplete ? (
        <Button
          size="sm"
          disabled={pending || Boolean(why)}
          title={why}
          aria-describedby={why ? `complete-hint-${sectionId}` : undefined}
          onClick={() => run("complete")}
        >
          <CheckCircle2Icon /> {pending ? "Completing…" : "Complete stage"}
        </Button>
      ) : null}
      {why && canComplete ? (
        <span id={`complete-hint-${sectionId}`} className="sr-only">
          {why}
        </span>
      ) : null}
    </div>
  );
}
