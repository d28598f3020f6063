"use client";

import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/core";
import { checkStage, type CheckReport } from "@/lib/checks";
import type { CustomerAnswers } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";

/**
 * How long after the last change the checklist runs again. Long enough that
 * a burst of typing (anyone's: remote changes are transactions too) costs
 * one run, short enough that the list feels live.
 */
const SETTLE_MS = 250;

/**
 * The stage's checklist for the editor's document, kept current as anyone
 * types. The checks never run inside a keystroke: a change only (re)starts
 * a timer, and the run waits for the browser to be idle, so typing in a long
 * document stays as fast as without them.
 */
export function useCheckReport(
  editor: Editor | null,
  stage: Stage,
  customer: CustomerAnswers,
): CheckReport | null {
  const [report, setReport] = useState<CheckReport | null>(null);

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const run = () => {
      idle = undefined;
      if (!editor.isDestroyed) setReport(checkStage(stage, editor.getJSON(), { customer }));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Safari has no requestIdleCallback; there the timer alone defers the run.
        if (typeof window.requestIdleCallback === "function") {
          idle = window.requestIdleCallback(run, { timeout: 1000 });
        } else run();
      }, SETTLE_MS);
    };
    run();
    editor.on("update", schedule);
    return () => {
      editor.off("update", schedule);
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [editor, stage, customer]);

  return editor ? report : null;
}
