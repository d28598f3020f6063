"use client";

import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/core";
import type { CheckReport } from "@/lib/checks";
import type { CustomerAnswers } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";

/**
 * How often, at most, the checklist runs while anyone types. Throttled, not
 * debounced: with co-editors typing the document is never quiet, and a
 * debounced checklist would never update.
 */
const INTERVAL_MS = 300;

type CheckStage = (typeof import("@/lib/checks"))["checkStage"];
let checks: Promise<CheckStage> | undefined;
const loadChecks = () => (checks ??= import("@/lib/checks").then((module) => module.checkStage));

/**
 * The stage's checklist for the editor's document, kept current as anyone
 * types. The checks never run inside a keystroke: a change at most starts a
 * timer, and the run waits for the browser to be idle, so typing in a long
 * document stays as fast as without them (see docs/benchmarks.md, "Editor").
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
    let checkStage: CheckStage | undefined;
    let cancelled = false;
    const run = () => {
      idle = undefined;
      if (checkStage && !editor.isDestroyed)
        setReport(checkStage(stage, editor.getJSON(), { customer }));
    };
    const schedule = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (idle !== undefined) return; // a run is already waiting, and will read the latest
        // Safari has no requestIdleCallback; there the timer alone defers the run.
        if (typeof window.requestIdleCallback === "function") {
          idle = window.requestIdleCallback(run, { timeout: 1000 });
        } else run();
      }, INTERVAL_MS);
    };
    // The checks (and the English parser they count sentences with) load
    // after the editor is up: the page becomes editable without them.
    void loadChecks().then((loaded) => {
      checkStage = loaded;
      if (!cancelled) run();
    });
    editor.on("update", schedule);
    return () => {
      cancelled = true;
      editor.off("update", schedule);
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [editor, stage, customer]);

  return editor ? report : null;
}
