import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { listInitiatives } from "@/server/data/initiative/list-initiatives";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { InitiativeList } from "@/components/initiative/initiative-list";
import { CreateInitiativeDialog } from "@/components/initiative/create-initiative-dialog";
import { ViewerNotice } from "@/components/initiative/viewer-notice";

export const metadata: Metadata = { title: "Initiatives" };

export default async function InitiativesPage({ params }: PageProps<"/w/[workspaceId]">) {
  const { workspaceId } = await params;
  const user = await requireUser();
  const workspace = await orNotFound(getWorkspace({ userId: user.id, workspaceId }));
  const initiatives = await orNotFound(listInitiatives({ userId: user.id, workspaceId }));
  const canCreate = can(workspace.actor, "initiative.create");
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 md:px-8 md:py-8">
      <PageHeader
        title="Initiatives"
        description="Each initiative is written backwards: press release first, technical feasibility last."
        action={canCreate ? <CreateInitiativeDialog workspaceId={workspaceId} /> : null}
      />
      {can(workspace.actor, "initiative.readDrafts") ? (
        <InitiativeList workspaceId={workspaceId} initiatives={initiatives} canCreate={canCreate} />
      ) : (
        <ViewerNotice />
      )}
    </main>
  );
}
