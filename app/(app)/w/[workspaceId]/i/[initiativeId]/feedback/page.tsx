import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth";
import { getInitiative } from "@/server/data/initiative/get-initiative";
import {
  FEEDBACK_FILTERS,
  listInitiativeFeedback,
  type FeedbackFilter,
} from "@/server/data/feedback/list-initiative-feedback";
import { orNotFound } from "@/server/http/or-not-found";
import { InitiativeHeader } from "@/components/initiative/initiative-header";
import { InitiativeFeedback } from "@/components/feedback/initiative-feedback";

type Props = PageProps<"/w/[workspaceId]/i/[initiativeId]/feedback">;

export const metadata: Metadata = { title: "Feedback" };

function filterOf(value: string | string[] | undefined): FeedbackFilter {
  return FEEDBACK_FILTERS.find((filter) => filter === value) ?? "open";
}

/**
 * The team's view of stakeholder feedback: every question on any version
 * of the initiative's publications, open or answered. For people who read
 * drafts; viewers get the not-found page (they see feedback under the
 * published document).
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const { workspaceId, initiativeId } = await params;
  const show = filterOf((await searchParams).show);
  const user = await requireUser();
  const initiative = await orNotFound(getInitiative({ userId: user.id, initiativeId }));
  if (initiative.workspaceId !== workspaceId) notFound();
  const feedback = await orNotFound(
    listInitiativeFeedback({ userId: user.id, initiativeId, show }),
  );
  return (
    <main className="mx-auto max-w-7xl px-4 py-6 md:px-8 md:py-8">
      <InitiativeHeader initiative={initiative} workspaceId={workspaceId} />
      <InitiativeFeedback
        feedback={feedback}
        show={show}
        base={`/w/${workspaceId}/i/${initiativeId}/feedback`}
      />
    </main>
  );
}
