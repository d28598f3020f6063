import { STAGES, type StageStates } from "@/lib/stages";

/** "2 of 5 stages complete · the rest are drafts, marked as such": what the page shows. */
export function DocumentStatus({ states }: { states: StageStates }) {
  const complete = STAGES.filter((stage) => states[stage] === "COMPLETE").length;
  return (
    <p className="text-sm text-muted-foreground">
      {complete === STAGES.length
        ? "Every stage is complete."
        : `${complete} of ${STAGES.length} stages complete. Stages still in progress are marked.`}
    </p>
  );
}
