import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { listMembers } from "@/server/data/membership/list-members";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { orNotFound } from "@/server/http/or-not-found";
import { can } from "@/server/policies/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { MemberList } from "@/components/workspace/member-list";
import { InviteForm } from "@/components/workspace/invite-form";
import { PendingInvites } from "@/components/workspace/pending-invites";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ApprovalSettings } from "@/components/workspace/approval-settings";
import { WorkspaceNameForm } from "@/components/workspace/workspace-name-form";
import { LeaveWorkspaceCard } from "@/components/workspace/leave-workspace-card";

export const metadata: Metadata = { title: "Members & settings" };

export default async function SettingsPage({ params }: PageProps<"/w/[workspaceId]/settings">) {
  const { workspaceId } = await params;
  const user = await requireUser();
  const { members, invites, actor } = await orNotFound(
    listMembers({ userId: user.id, workspaceId }),
  );
  const { requiredApprovals, name } = await getWorkspace({ userId: user.id, workspaceId });
  const canManage = can(actor, "workspace.manageMembers");
  return (
    <main className="mx-auto max-w-4xl px-4 py-6 md:px-8 md:py-8">
      <PageHeader
        title="Members & settings"
        description={
          canManage
            ? "Invite your team. Editors write, reviewers comment and approve, viewers read what you publish."
            : "Who is in this workspace. Only owners can invite people or change roles."
        }
      />
      <div className="grid grid-cols-1 gap-8">
        <WorkspaceNameForm
          workspaceId={workspaceId}
          name={name}
          canRename={can(actor, "workspace.rename")}
        />
        {canManage ? <InviteForm workspaceId={workspaceId} /> : null}
        {canManage && invites.length > 0 ? (
          <PendingInvites workspaceId={workspaceId} invites={invites} />
        ) : null}
        {/* Someone accepting an invite notifies the owners: the lists follow. */}
        {canManage ? <LiveRefresh kind="notifications" /> : null}
        <MemberList
          workspaceId={workspaceId}
          members={members}
          currentUserId={user.id}
          canManage={canManage}
        />
        <ApprovalSettings
          workspaceId={workspaceId}
          requiredApprovals={requiredApprovals}
          canManage={can(actor, "workspace.manageSettings")}
        />
        {can(actor, "workspace.leave") ? (
          <LeaveWorkspaceCard workspaceId={workspaceId} name={name} />
        ) : null}
      </div>
    </main>
  );
}
