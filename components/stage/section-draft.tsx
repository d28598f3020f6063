"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { CheckCircle2Icon, RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { SaveStatus, type SaveState } from "./save-status";
import { updateSectionBodyAction } from "@/server/actions/update-section-body";
import { transitionSectionAction } from "@/server/actions/transition-section";
import type { StageAction } from "@/lib/stages";

type Props = {
  sectionId: string;
  label: string;
  initialBody: string;
  writable: boolean;
  canComplete: boolean;
  canReopen: boolean;
};

const SAVE_DELAY_MS = 700;

/**
 * A stage's text with autosave, and its Complete / Reopen actions. Completing
 * waits for the last keystrokes to be saved, because the server decides
 * whether the stage has content from what it has stored.
 */
export function SectionDraft({
  sectionId,
  label,
  initialBody,
  writable,
  canComplete,
  canReopen,
}: Props) {
  const router = useRouter();
  const [body, setBody] = useState(initialBody);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [transitioning, startTransition] = useTransition();
  const latest = useRef(initialBody);
  const saved = useRef(initialBody);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);

  const save = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    await inFlight.current;
    const value = latest.current;
    if (value === saved.current) return true;
    setSaveState("saving");
    inFlight.current = updateSectionBodyAction({ body: value }, sectionId).then((result) => {
      if (result.ok) {
        saved.current = value;
        setSaveState(latest.current === value ? "saved" : "unsaved");
        return true;
      }
      setSaveState("error");
      toast.error(result.error);
      return false;
    });
    return inFlight.current;
  };

  // Save what is pending before the page goes away.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const onChange = (value: string) => {
    setBody(value);
    latest.current = value;
    setSaveState("unsaved");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  };

  const run = (action: StageAction) =>
    startTransition(async () => {
      if (action === "complete" && !(await save())) return;
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

  const empty = body.trim().length === 0;
  return (
    <div className="grid gap-3">
      {writable ? (
        <Textarea
          aria-label={`${label} text`}
          value={body}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => void save()}
          rows={18}
          className="min-h-80 font-serif text-base leading-relaxed"
          placeholder={`Write the ${label.toLowerCase()} here…`}
        />
      ) : (
        <div
          aria-label={`${label} text`}
          className="min-h-40 rounded-md border bg-muted/30 px-4 py-3 font-serif text-base leading-relaxed whitespace-pre-wrap"
        >
          {body || <span className="text-muted-foreground">Nothing written yet.</span>}
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {writable ? <SaveStatus state={saveState} /> : <span />}
        <div className="flex gap-2">
          {canReopen ? (
            <Button variant="outline" disabled={transitioning} onClick={() => run("reopen")}>
              <RotateCcwIcon /> Reopen
            </Button>
          ) : null}
          {canComplete ? (
            <Button
              disabled={transitioning || empty}
              title={empty ? "Write something before completing this stage" : undefined}
              onClick={() => run("complete")}
            >
              <CheckCircle2Icon /> {transitioning ? "Completing…" : "Complete stage"}
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
