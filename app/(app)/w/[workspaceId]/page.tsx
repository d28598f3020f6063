import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { listInitiatives } from "@/server/data/initiative/list-initiatives";
import { listPublishedDocuments } from "@/server/data/publication/list-published-documents";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { InitiativeList } from "@/components/initiative/initiative-list";
import { CreateInitiativeDialog } from "@/components/initiative/create-initiative-dialog";
import { ViewerNotice } from "@/components/initiative/viewer-notice";
import { PublishedList } from "@/components/publication/published-list";

export const metadata: Metadata = { title: "Initiatives" };

export default async function InitiativesPage({ params }: PageProps<"/w/[workspaceId]">) {
  const { workspaceId } = await params;
  const user = await requireUser();
  const workspace = await orNotFound(getWorkspace({ userId: user.id, workspaceId }));
  const [initiatives, published] = await Promise.all([
    orNotFound(listInitiatives({ userId: user.id, workspaceId })),
    orNotFound(listPublishedDocuments({ userId: user.id, workspaceId })),
  ]);
  const canCreate = can(workspace.actor, "initiative.create");
  const readsDrafts = can(workspace.actor, "initiative.readDrafts");
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 md:px-8 md:py-8">
      <PageHeader
        title={readsDrafts ? "Initiatives" : "Published documents"}
        description={
          readsDrafts
            ? "Each initiative is written backwards: press release first, technical feasibility last."
            : "What the team has published, newest first. Drafts stay with the team until then."
        }
        action={canCreate ? <CreateInitiativeDialog workspaceId={workspaceId} /> : null}
      />
      {readsDrafts ? (
        <div className="space-y-10">
          <InitiativeList
            workspaceId={workspaceId}
            initiatives={initiatives}
            canCreate={canCreate}
          />
          <PublishedList items={published} />
        </div>
      ) : published.length > 0 ? (
        <PublishedList items={published} introduced={false} />
      ) : (
        <ViewerNotice />
      )}
    </main>
  );
}
