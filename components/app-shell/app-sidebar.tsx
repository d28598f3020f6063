import Link from "next/link";
import { FileTextIcon, SearchIcon, SettingsIcon } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";
import { UserMenu } from "./user-menu";
import { NavLink } from "./nav-link";
import { MobileNav } from "./mobile-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { ShortcutHint } from "@/components/search/shortcut-hint";

type Props = {
  user: { name: string; email: string };
  workspaces: WorkspaceOption[];
  current: WorkspaceOption;
  /** What the home is called for this person: "Initiatives", or "Published" for those who read no drafts. */
  homeLabel: string;
};

/**
 * The workspace switcher, navigation and account: in the sidebar, or in the
 * mobile drawer. The bell sits beside the logo in the sidebar; on small
 * screens it is in the top bar instead, always in view.
 */
function SidebarContents({
  user,
  workspaces,
  current,
  homeLabel,
  bell,
}: Props & { bell?: boolean }) {
  const base = `/w/${current.id}`;
  return (
    <>
      <div className="flex h-14 items-center justify-between gap-2 px-4">
        <Link href={base} aria-label="Foreword home">
          <Logo />
        </Link>
        {bell ? <NotificationBell side="right" /> : null}
      </div>
      <div className="px-3">
        <WorkspaceSwitcher workspaces={workspaces} current={current} />
      </div>
      <nav aria-label="Workspace" className="mt-4 grid gap-1 px-3">
        <NavLink href={base} match="prefix-except-settings">
          <FileTextIcon /> {homeLabel}
        </NavLink>
        <NavLink href={`${base}/search`} match="prefix">
          <SearchIcon /> Search
          {/* A hint to the eye; the link's name stays "Search". */}
          <span aria-hidden className="ml-auto hidden md:inline">
            <ShortcutHint />
          </span>
        </NavLink>
        <NavLink href={`${base}/settings`} match="prefix">
          <SettingsIcon /> Members & settings
        </NavLink>
      </nav>
      <div className="mt-auto border-t p-3">
        <UserMenu user={user} />
      </div>
    </>
  );
}

/** The app's navigation: a sidebar from the `md` breakpoint up, a top bar with a drawer below it. */
export function AppSidebar(props: Props) {
  return (
    <>
      <aside className="sticky top-0 isolate hidden h-dvh w-64 shrink-0 flex-col border-r bg-background md:flex">
        <SidebarContents {...props} bell />
      </aside>
      <MobileNav
        logo={
          <Link href={`/w/${props.current.id}`} aria-label="Foreword home">
            <Logo />
          </Link>
        }
        actions={<NotificationBell />}
      >
        <SidebarContents {...props} />
      </MobileNav>
    </>
  );
}
