import { FileTextIcon } from "lucide-react";
import { CreateInitiativeDialog } from "@/components/initiative/create-initiative-dialog";
import type { DashboardFilter } from "@/lib/schemas/dashboard";
import { STALLED_AFTER_DAYS } from "@/lib/time-in-stage";

const FILTERED: Record<Exclude<DashboardFilter, "active">, string> = {
  mine: "Nothing of yours yet: initiatives you own or have worked on show here.",
  review: "Nothing is in review right now.",
  stalled: `Nothing is stalled: an initiative shows here after ${STALLED_AFTER_DAYS} days in one stage.`,
  archived: "Nothing is archived.",
};

/** What the dashboard says when a view is empty: how to start, or why this filter holds nothing. */
export function NoInitiatives({
  workspaceId,
  show,
  canCreate,
}: {
  workspaceId: string;
  show: DashboardFilter;
  canCreate: boolean;
}) {
  if (show !== "active")
    return (
      <p className="rounded-xl border border-dashed bg-background p-8 text-center text-sm text-muted-foreground">
        {FILTERED[show]}
      </p>
    );
  return (
    <div className="rounded-xl border border-dashed bg-background p-12 text-center">
      <FileTextIcon className="mx-auto size-8 text-muted-foreground" aria-hidden />
      <h2 className="mt-3 font-medium">No initiatives yet</h2>
      <p className="mx-auto mt-1 max-w-sm text-sm text-muted-foreground">
        Start with the customer: who is it for, and what would the launch press release say?
      </p>
      {canCreate ? (
        <div className="mt-5">
          <CreateInitiativeDialog workspaceId={workspaceId} />
        </div>
      ) : null}
    </div>
  );
}
