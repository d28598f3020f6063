import { STAGES, STAGE_INFO, STATE_LABELS, type StageStates } from "@/lib/stages";
import { cn } from "@/lib/utils";

const DOT: Record<string, string> = {
  COMPLETE: "bg-success",
  DRAFTING: "bg-primary",
  IN_REVIEW: "bg-warning",
  LOCKED: "bg-border",
};

/** Five small segments, one per stage, for lists: how far along an initiative is. */
export function StageProgress({ states }: { states: StageStates }) {
  const done = STAGES.filter((stage) => states[stage] === "COMPLETE").length;
  const label = STAGES.map(
    (stage) => `${STAGE_INFO[stage].label}: ${STATE_LABELS[states[stage]]}`,
  ).join(", ");
  return (
    <div className="flex items-center gap-2" aria-label={label} role="img">
      <div className="flex gap-1">
        {STAGES.map((stage) => (
          <span key={stage} className={cn("h-1.5 w-6 rounded-full", DOT[states[stage]])} />
        ))}
      </div>
      <span className="text-xs text-muted-foreground tabular-nums">{done}/5</span>
    </div>
  );
}
