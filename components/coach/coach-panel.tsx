"use client";

import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { GaugeIcon, MessageSquareTextIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { coachStateOf } from "@/components/editor/coach-extension";
// The light modules only: the analysis (retext) loads with the editor's coach, on demand.
import { COACH_KIND_LABELS } from "@/lib/coach/labels";
import { GRADE_TARGET } from "@/lib/coach/thresholds";
import {
  COACH_KINDS,
  type CoachFinding,
  type CoachReport,
  type GradeBand,
} from "@/lib/coach/types";
import { cn } from "@/lib/utils";
import { selectCoachFinding, useCoachReport } from "./use-coach-report";

/** A long list is cut here until asked: a 10,000-word draft can have hundreds. */
const FIRST_SHOWN = 50;

type Props = {
  /** The press release's editor; the panel renders nothing for an editor without the coach. */
  editor: Editor | null;
  className?: string;
};

const BAND_TEXT: Record<GradeBand, { text: string; variant: "success" | "warning" | "outline" }> = {
  empty: { text: "Nothing to grade yet", variant: "outline" },
  easy: { text: "Very easy: fine", variant: "success" },
  target: { text: "On target", variant: "success" },
  hard: { text: "Too hard", variant: "warning" },
};

function Grade({ report }: { report: CoachReport }) {
  const band = BAND_TEXT[report.band];
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <GaugeIcon className="size-4 text-muted-foreground" aria-hidden />
      <span>
        Flesch–Kincaid grade{" "}
        <strong className="tabular-nums">
          {report.grade === null ? "—" : report.grade.toFixed(1)}
        </strong>
      </span>
      <Badge variant={band.variant}>{band.text}</Badge>
      <span className="text-xs text-muted-foreground">
        Aim for {GRADE_TARGET.min}–{GRADE_TARGET.max}; lower is fine.
      </span>
    </div>
  );
}

function FindingItem({ finding, onSelect }: { finding: CoachFinding; onSelect: () => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={onSelect}
        className="grid w-full gap-0.5 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
      >
        <span className="flex items-baseline gap-2">
          <span className={cn("coach-mark line-clamp-2 font-medium", `coach-${finding.kind}`)}>
            {finding.text}
          </span>
          <span className="shrink-0 text-xs text-muted-foreground">
            {COACH_KIND_LABELS[finding.kind]}
          </span>
        </span>
        <span className="text-xs text-muted-foreground">
          {finding.message} {finding.suggestion}
        </span>
      </button>
    </li>
  );
}

/**
 * The press-release coach beside the editor: the Flesch–Kincaid grade against
 * its 8–10 target, how many suggestions of each kind, and every suggestion;
 * choosing one selects its words in the editor. Advice only: nothing here
 * blocks completing the stage. Re-renders only when a new analysis lands.
 */
export function CoachPanel({ editor, className }: Props) {
  const report = useCoachReport(editor);
  const [showAll, setShowAll] = useState(false);
  if (!editor || editor.isDestroyed || !coachStateOf(editor.state)) return null;

  const findings = report?.findings ?? [];
  const shown = showAll ? findings : findings.slice(0, FIRST_SHOWN);
  return (
    <section aria-label="Plain-language coach" className={cn("grid gap-3", className)}>
      <header className="grid gap-0.5">
        <h2 className="flex items-center gap-2 text-sm font-semibold">
          <MessageSquareTextIcon className="size-4" aria-hidden />
          Plain-language coach
        </h2>
        <p className="text-xs text-muted-foreground">
          Suggestions only: they never stop you completing the stage.
        </p>
      </header>
      {report ? (
        <>
          <Grade report={report} />
          <ul aria-label="Suggestions by kind" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {COACH_KINDS.map((kind) => (
              <li key={kind} className="flex items-center gap-1.5">
                <span className={cn("coach-mark", `coach-${kind}`)}>{COACH_KIND_LABELS[kind]}</span>
                <span className="tabular-nums">{report.byKind[kind]}</span>
              </li>
            ))}
          </ul>
          {findings.length === 0 ? (
            <p className="text-sm text-muted-foreground">No suggestions: plain and direct.</p>
          ) : (
            <ul aria-label="Suggestions" className="-mx-2 grid gap-0.5">
              {shown.map((finding) => (
                <FindingItem
                  key={finding.id}
                  finding={finding}
                  onSelect={() => selectCoachFinding(editor, finding.id)}
                />
              ))}
            </ul>
          )}
          {shown.length < findings.length ? (
            <Button variant="ghost" size="sm" onClick={() => setShowAll(true)}>
              Show all {findings.length} suggestions
            </Button>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-muted-foreground">Reading the press release…</p>
      )}
    </section>
  );
}
