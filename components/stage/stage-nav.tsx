import Link from "next/link";
import { CheckIcon, LockIcon } from "lucide-react";
import {
  STAGE_INFO,
  STATE_LABELS,
  unlockHint,
  unlockHintShort,
  type SectionState,
  type Stage,
} from "@/lib/stages";
import { cn } from "@/lib/utils";
import { ActiveStageChecks } from "@/components/checks/live-check-counts";

type Props = {
  base: string;
  active: Stage;
  sections: { stage: Stage; state: SectionState; checksPassed: number; checksTotal: number }[];
};

/** The five stages in order: where the team is, what is done, what waits and why. */
export function StageNav({ base, active, sections }: Props) {
  return (
    <nav aria-label="Stages" className="isolate">
      {/* A row of five from lg, a column again beside the page from 2xl (see the stage page). */}
      <ol className="grid gap-1 lg:grid-cols-5 2xl:grid-cols-1">
        {sections.map(({ stage, state, checksPassed, checksTotal }, index) => {
          const isActive = stage === active;
          return (
            <li key={stage}>
              <Link
                href={`${base}/${STAGE_INFO[stage].slug}`}
                aria-current={isActive ? "step" : undefined}
                data-state={state}
                className={cn(
                  "flex items-start gap-3 rounded-lg px-3 py-2.5 transition-colors hover:bg-accent/60",
                  isActive && "bg-background shadow-xs ring-1 ring-border",
                )}
              >
                <StepMarker index={index} state={state} />
                <span className="min-w-0">
                  <span
                    className={cn(
                      "block text-sm font-medium",
                      state === "LOCKED" && "text-muted-foreground",
                    )}
                  >
                    {STAGE_INFO[stage].label}
                  </span>
                  <span className="block text-xs text-muted-foreground">
                    {state === "LOCKED" ? <LockedHint stage={stage} /> : STATE_LABELS[state]}
                    {/* As of the last save, but live for the open stage (its checklist's). */}
                    {state === "LOCKED" ? null : isActive ? (
                      <ActiveStageChecks passed={checksPassed} total={checksTotal} />
                    ) : checksTotal > 0 ? (
                      <span className="tabular-nums">
                        {" "}
                        · {checksPassed}/{checksTotal} checks
                      </span>
                    ) : null}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * In the row of five (lg up to 2xl), "After FAQ" is shown and the full
 * sentence kept for screen readers; elsewhere the sentence is shown.
 */
function LockedHint({ stage }: { stage: Stage }) {
  return (
    <>
      <span className="lg:sr-only 2xl:not-sr-only">{unlockHint(stage)}</span>
      <span className="hidden lg:inline 2xl:hidden" aria-hidden>
        {unlockHintShort(stage)}
      </span>
    </>
  );
}

function StepMarker({ index, state }: { index: number; state: SectionState }) {
  const common = "mt-0.5 grid size-6 shrink-0 place-items-center rounded-full text-xs font-medium";
  if (state === "COMPLETE") {
    return (
      <span className={cn(common, "bg-success text-success-foreground")}>
        <CheckIcon className="size-3.5" aria-hidden />
      </span>
    );
  }
  if (state === "LOCKED") {
    return (
      <span className={cn(common, "border bg-muted text-muted-foreground")}>
        <LockIcon className="size-3" aria-hidden />
      </span>
    );
  }
  return <span className={cn(common, "bg-primary text-primary-foreground")}>{index + 1}</span>;
}
