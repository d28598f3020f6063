import Link from "next/link";
import { ChevronRightIcon, FileTextIcon } from "lucide-react";
import { StageProgress } from "./stage-progress";
import { CreateInitiativeDialog } from "./create-initiative-dialog";
import { STAGE_INFO, currentStage, type StageStates } from "@/lib/stages";
import { formatRelative } from "@/lib/format";

type Item = {
  id: string;
  title: string;
  customer: string;
  updatedAt: Date;
  owner: { name: string };
  states: StageStates;
  checks?: { passed: number; total: number };
};

export function InitiativeList({
  workspaceId,
  initiatives,
  canCreate,
}: {
  workspaceId: string;
  initiatives: Item[];
  canCreate: boolean;
}) {
  if (initiatives.length === 0) {
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
  return (
    <ul
      className="divide-y overflow-hidden rounded-xl border bg-background shadow-xs"
      aria-label="Initiatives"
    >
      {initiatives.map((initiative) => {
        const stage = currentStage(initiative.states);
        return (
          <li key={initiative.id}>
            <Link
              href={`/w/${workspaceId}/i/${initiative.id}`}
              className="group flex items-center gap-6 px-5 py-4 transition-colors hover:bg-accent/50"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{initiative.title}</p>
                <p className="truncate text-sm text-muted-foreground">For {initiative.customer}</p>
              </div>
              <div className="hidden w-56 text-sm md:block">
                <p className="text-muted-foreground">
                  {stage ? `Now: ${STAGE_INFO[stage].label}` : "All stages complete"}
                  {stage && initiative.checks?.total ? (
                    <span className="tabular-nums">
                      {" "}
                      · {initiative.checks.passed}/{initiative.checks.total} checks
                    </span>
                  ) : null}
                </p>
                <StageProgress states={initiative.states} />
              </div>
              <div className="hidden w-36 text-right text-xs text-muted-foreground lg:block">
                <p>{initiative.owner.name}</p>
                <p>Updated {formatRelative(initiative.updatedAt)}</p>
              </div>
              <ChevronRightIcon className="size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
