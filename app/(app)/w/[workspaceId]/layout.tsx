import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth";
import { listWorkspaces } from "@/server/data/workspace/list-workspaces";
import { AppSidebar } from "@/components/app-shell/app-sidebar";
import { NotificationFeedProvider } from "@/components/notifications/notification-feed-provider";
import { SearchPalette } from "@/components/search/search-palette";
import { can } from "@/server/policies/permissions";
import { countUnreadNotifications } from "@/server/data/notification/count-unread-notifications";

/** The app shell: workspace switcher and navigation beside the page. */
export default async function WorkspaceLayout({
  children,
  params,
}: LayoutProps<"/w/[workspaceId]">) {
  const { workspaceId } = await params;
  const user = await requireUser();
  const [workspaces, unread] = await Promise.all([
    listWorkspaces({ userId: user.id }),
    countUnreadNotifications({ userId: user.id }),
  ]);
  const current = workspaces.find((workspace) => workspace.id === workspaceId);
  if (!current) notFound();
  // Named as the home page heads itself: viewers' home lists published documents only.
  const readsDrafts = can({ userId: user.id, role: current.role }, "initiative.readDrafts");
  return (
    <NotificationFeedProvider initialUnread={unread}>
      <SearchPalette workspaceId={current.id}>
        <div className="flex min-h-dvh flex-col bg-muted/30 md:flex-row">
          <AppSidebar
            user={user}
            workspaces={workspaces}
            current={current}
            homeLabel={readsDrafts ? "Initiatives" : "Published"}
          />
          <div className="min-w-0 flex-1">{children}</div>
        </div>
      </SearchPalette>
    </NotificationFeedProvider>
  );
}
