import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth";
import { getInitiative } from "@/server/data/initiative/get-initiative";
import { listInitiativeActivity } from "@/server/data/activity/list-initiative-activity";
import { orNotFound } from "@/server/http/or-not-found";
import { InitiativeHeader } from "@/components/initiative/initiative-header";
import { InitiativeTimeline } from "@/components/activity/initiative-timeline";
import { ZTimelineCursorSchema } from "@/lib/schemas/dashboard";

type Props = PageProps<"/w/[workspaceId]/i/[initiativeId]/activity">;

export const metadata: Metadata = { title: "Activity" };

/**
 * The initiative's timeline: who moved it through its stages, reviewed,
 * published or restored what, and when, newest first with an "Older" link.
 * For people who read drafts; viewers and other workspaces get the
 * not-found page.
 */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { workspaceId, initiativeId } = await params;
  const { before } = await searchParams;
  // A cursor that is not one (edited by hand) reads as the newest page.
  const cursor = ZTimelineCursorSchema.safeParse(before);
  const user = await requireUser();
  const initiative = await orNotFound(getInitiative({ userId: user.id, initiativeId }));
  if (initiative.workspaceId !== workspaceId) notFound();
  const timeline = await orNotFound(
    listInitiativeActivity({
      userId: user.id,
      workspaceId,
      initiativeId,
      before: cursor.success ? cursor.data : undefined,
    }),
  );
  return (
    <main className="mx-auto max-w-7xl px-4 py-6 md:px-8 md:py-8">
      <InitiativeHeader initiative={initiative} workspaceId={workspaceId} />
      <InitiativeTimeline
        entries={timeline.entries}
        older={timeline.older}
        isFirstPage={!cursor.success}
        base={`/w/${workspaceId}/i/${initiativeId}/activity`}
      />
    </main>
  );
}
