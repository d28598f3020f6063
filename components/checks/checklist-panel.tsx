"use client";

import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { ChevronDownIcon, ListChecksIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import type { CheckReport, CheckResult } from "@/lib/checks";
import { ChecklistItem } from "./checklist-item";
import { CheckCounter } from "./check-counter";
import { moveToAnchor } from "./move-to-anchor";
import { requestCustomerAnswer } from "./customer-request";

type Props = {
  report: CheckReport | null;
  editor: Editor | null;
  /** Whether this person may change what a failing item points at. */
  canWrite: boolean;
  /** Whether this person may edit the customer answers. */
  canEditCustomer: boolean;
};

/** One line saying where the stage stands, read out when it changes. */
function summary(report: CheckReport): string {
  if (report.failing.length === 0) return "Every required check passes.";
  const n = report.failing.length;
  return `${n} required ${n === 1 ? "check" : "checks"} to go.`;
}

/**
 * The stage's live checklist beside the editor: each part with a one-line
 * hint, the length against its limit, and for anything missing a button
 * that puts the cursor where it belongs.
 */
export function ChecklistPanel({ report, editor, canWrite, canEditCustomer }: Props) {
  // Below xl the panel sits above the editor: the list folds away so writing starts on screen.
  const [expanded, setExpanded] = useState(false);
  const go = (check: CheckResult): (() => void) | undefined => {
    const anchor = check.anchor;
    if (!anchor) return undefined;
    if (anchor.kind === "customer") {
      return canEditCustomer ? () => requestCustomerAnswer(anchor.field) : undefined;
    }
    return editor && canWrite ? () => moveToAnchor(editor, anchor) : undefined;
  };
  return (
    <section aria-labelledby="checklist-title" className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="checklist-title" className="flex items-center gap-2 text-sm font-semibold">
          <ListChecksIcon className="size-4" aria-hidden /> Checklist
        </h2>
        {report ? (
          <span className="text-xs text-muted-foreground tabular-nums">
            {report.passed} of {report.total} done
          </span>
        ) : null}
      </div>
      {report ? (
        <>
          <p
            role="status"
            className={
              report.failing.length === 0
                ? "text-sm font-medium text-success"
                : "text-sm text-muted-foreground"
            }
          >
            {summary(report)}
          </p>
          {report.counter ? <CheckCounter counter={report.counter} /> : null}
          <button
            type="button"
            className="flex items-center gap-1 text-sm font-medium text-primary xl:hidden"
            aria-expanded={expanded}
            aria-controls="checklist-items"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "Hide the checks" : "Show the checks"}
            <ChevronDownIcon
              className={cn("size-4 transition-transform", expanded && "rotate-180")}
              aria-hidden
            />
          </button>
          <ul
            id="checklist-items"
            className={cn("-mx-2 gap-0.5 xl:grid", expanded ? "grid" : "hidden")}
            aria-label="Checks"
          >
            {report.checks.map((check) => (
              <ChecklistItem key={check.id} check={check} onGo={go(check)} />
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-muted-foreground">Checking once the document is loaded…</p>
      )}
    </section>
  );
}
