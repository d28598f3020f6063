import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { listDashboard } from "@/server/data/dashboard/list-dashboard";
import { getFunnel } from "@/server/data/dashboard/get-funnel";
import { listPublishedDocuments } from "@/server/data/publication/list-published-documents";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { CreateInitiativeDialog } from "@/components/initiative/create-initiative-dialog";
import { ViewerNotice } from "@/components/initiative/viewer-notice";
import { PublishedList } from "@/components/publication/published-list";
import { Dashboard } from "@/components/dashboard/dashboard";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";

export const metadata: Metadata = { title: "Initiatives" };

/**
 * The workspace home. People who read drafts get the dashboard (where each
 * initiative stands, the funnel) and the published documents; viewers get
 * the published documents only.
 */
export default async function InitiativesPage({
  params,
  searchParams,
}: PageProps<"/w/[workspaceId]">) {
  const { workspaceId } = await params;
  const user = await requireUser();
  const workspace = await orNotFound(getWorkspace({ userId: user.id, workspaceId }));
  const canCreate = can(workspace.actor, "initiative.create");
  const readsDrafts = can(workspace.actor, "initiative.readDrafts");
  const header = (
    <PageHeader
      title={readsDrafts ? "Initiatives" : "Published documents"}
      description={
        readsDrafts
          ? "Each initiative is written backwards: press release first, technical feasibility last."
          : "What the team has published, newest first. Drafts stay with the team until then."
      }
      action={canCreate ? <CreateInitiativeDialog workspaceId={workspaceId} /> : null}
    />
  );
  if (!readsDrafts) {
    const published = await orNotFound(listPublishedDocuments({ userId: user.id, workspaceId }));
    return (
      <main className="mx-auto max-w-5xl px-4 py-6 md:px-8 md:py-8">
        {header}
        {published.length > 0 ? (
          <PublishedList items={published} introduced={false} />
        ) : (
          <ViewerNotice />
        )}
      </main>
    );
  }

  const query = parseDashboardQuery(await searchParams);
  const now = new Date();
  const [dashboard, funnel, published] = await Promise.all([
    orNotFound(listDashboard({ userId: user.id, workspaceId, query, now })),
    orNotFound(getFunnel({ userId: user.id, workspaceId, now })),
    orNotFound(listPublishedDocuments({ userId: user.id, workspaceId })),
  ]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      {header}
      <div className="space-y-10">
        <Dashboard
          workspaceId={workspaceId}
          query={query}
          dashboard={dashboard}
          funnel={funnel}
          canCreate={canCreate}
          now={now}
        />
        <PublishedList items={published} />
      </div>
    </main>
  );
}
