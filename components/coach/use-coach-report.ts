"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { Editor } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import type { CoachReport } from "@/lib/coach";
import { coachPluginKey, coachStateOf, findingRange } from "@/components/editor/coach-extension";

/** The coach's last report in an editor, or null (no coach on this stage, or not run yet). */
export function coachReportOf(editor: Editor | null): CoachReport | null {
  if (!editor || editor.isDestroyed) return null;
  return coachStateOf(editor.state)?.report ?? null;
}

/** How many suggestions the coach has for an editor right now ("5 suggestions"). */
export function coachFindingsCount(editor: Editor | null): number {
  return coachReportOf(editor)?.findings.length ?? 0;
}

const noSubscription = () => () => {};

/**
 * The coach's report, re-rendering only when a new analysis lands: the
 * subscription wakes on every transaction but the report is the same object
 * until the coach replaces it, so keystrokes cause no render.
 */
export function useCoachReport(editor: Editor | null): CoachReport | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!editor) return noSubscription();
      const onTransaction = ({ transaction }: { transaction: Transaction }) => {
        if (transaction.getMeta(coachPluginKey)) onChange();
      };
      editor.on("transaction", onTransaction);
      return () => {
        editor.off("transaction", onTransaction);
      };
    },
    [editor],
  );
  const snapshot = useCallback(() => coachReportOf(editor), [editor]);
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** How many suggestions the coach has, kept current (for a summary such as "5 suggestions"). */
export function useCoachFindingsCount(editor: Editor | null): number {
  return useCoachReport(editor)?.findings.length ?? 0;
}

/**
 * Selects a finding's words in the editor and scrolls them into view, where
 * they are now (edits since the analysis moved them). False when the words
 * are gone.
 */
export function selectCoachFinding(editor: Editor, id: string): boolean {
  const range = findingRange(editor.state, id);
  if (!range) return false;
  return editor.chain().focus().setTextSelection(range).scrollIntoView().run();
}
