import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth";
import { getInitiative } from "@/server/data/initiative/get-initiative";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { stageFromSlug, STAGE_INFO } from "@/lib/stages";
import { customerAnswersOf } from "@/lib/customer-questions";
import { InitiativeHeader } from "@/components/initiative/initiative-header";
import { StageNav } from "@/components/stage/stage-nav";
import { LiveCheckCountsProvider } from "@/components/checks/live-check-counts";
import { CustomerCard } from "@/components/initiative/customer-card";
import { StagePanel } from "@/components/stage/stage-panel";
import { listMentionableMembers } from "@/server/data/comment/list-mentionable-members";
import { isId } from "@/lib/schemas/ids";

type Props = PageProps<"/w/[workspaceId]/i/[initiativeId]/[stage]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stage = stageFromSlug((await params).stage);
  return { title: stage ? STAGE_INFO[stage].label : "Initiative" };
}

export default async function StagePage({ params, searchParams }: Props) {
  const { workspaceId, initiativeId, stage: slug } = await params;
  // A notification's link names the thread to open; anything else there is ignored.
  const { thread } = await searchParams;
  const stage = stageFromSlug(slug);
  if (!stage) notFound();
  const user = await requireUser();
  const initiative = await orNotFound(getInitiative({ userId: user.id, initiativeId }));
  if (initiative.workspaceId !== workspaceId) notFound();
  const section = initiative.sections.find((candidate) => candidate.stage === stage);
  if (!section) notFound();

  const base = `/w/${workspaceId}/i/${initiativeId}`;
  const customer = customerAnswersOf(initiative);
  // An archived initiative is read-only for everyone (the server refuses every change too).
  const active = initiative.may.change;
  const canEditCustomer = initiative.may.edit;
  const canComment = active && can(initiative.actor, "section.comment");
  const members = canComment ? await listMentionableMembers({ workspaceId }) : [];
  return (
    <main className="mx-auto max-w-7xl px-4 py-6 md:px-8 md:py-8">
      <InitiativeHeader initiative={initiative} workspaceId={workspaceId} />
      <LiveCheckCountsProvider>
        {/* The stages run across the top until the screen is wide enough for a column of
            their own beside the editor and its side panel: at 1280 px, a column left the
            editor about 300 px to write in. */}
        <div className="mt-8 grid grid-cols-1 gap-6 2xl:grid-cols-[15rem_minmax(0,1fr)] 2xl:gap-8">
          <StageNav base={base} sections={initiative.sections} active={stage} />
          <div className="grid min-w-0 content-start gap-6">
            <CustomerCard
              initiativeId={initiative.id}
              answers={customer}
              canEdit={canEditCustomer}
            />
            <StagePanel
              // Not keyed by state: a change of state re-renders the panel in place,
              // and the editor keeps its session (and any notice it shows).
              key={section.id}
              section={section}
              states={initiative.states}
              customer={customer}
              canEditCustomer={canEditCustomer}
              archived={!active}
              canEdit={active && can(initiative.actor, "section.edit")}
              canTransition={active && can(initiative.actor, "section.transition")}
              canReview={active && can(initiative.actor, "section.review")}
              role={initiative.actor?.role ?? "VIEWER"}
              workspaceId={workspaceId}
              initiativeId={initiative.id}
              canComment={canComment}
              members={members}
              initialThreadId={isId(thread) ? thread : undefined}
            />
          </div>
        </div>
      </LiveCheckCountsProvider>
    </main>
  );
}
