import Link from "next/link";
import { ChevronRightIcon, UsersIcon } from "lucide-react";
import { formatDate } from "@/lib/format";
import { customerAnswersOf, type CustomerAnswers } from "@/lib/customer-questions";
import { InitiativeNav } from "./initiative-nav";
import { InitiativeMenu } from "./initiative-menu";
import { ArchivedBanner } from "./archived-banner";

type Props = {
  workspaceId: string;
  initiative: CustomerAnswers & {
    id: string;
    title: string;
    createdAt: Date;
    owner: { name: string };
    workspace: { name: string };
    /** The newest published version (getInitiative); null before the first publication. */
    publishedVersion: number | null;
    /** Who archived it and when (getInitiative); null while it is active. */
    archived: { at: Date; by: string | null } | null;
    /** What this person may do to it (getInitiative). */
    may: { edit: boolean; archive: boolean; delete: boolean };
  };
  /**
   * Whether to show the title and who it is for. The document view leaves
   * them out: the document under the header starts with its own title.
   */
  showTitle?: boolean;
};

/** Where the initiative sits, what it is, and its views (stages, document, feedback). */
export function InitiativeHeader({ initiative, workspaceId, showTitle = true }: Props) {
  return (
    <header className="isolate space-y-3 print:hidden">
      <div className="flex items-center gap-3">
        <nav
          aria-label="Breadcrumb"
          className="flex min-w-0 flex-1 items-center gap-1 text-sm text-muted-foreground"
        >
          <Link href={`/w/${workspaceId}`} className="hover:text-foreground">
            Initiatives
          </Link>
          <ChevronRightIcon className="size-3.5 shrink-0" aria-hidden />
          <span className="truncate text-foreground">{initiative.title}</span>
        </nav>
        <InitiativeMenu
          workspaceId={workspaceId}
          initiative={{ id: initiative.id, title: initiative.title }}
          answers={customerAnswersOf(initiative)}
          archived={initiative.archived !== null}
          may={initiative.may}
        />
      </div>
      {initiative.archived ? (
        <ArchivedBanner
          initiativeId={initiative.id}
          archived={initiative.archived}
          canRestore={initiative.may.archive}
        />
      ) : null}
      {showTitle ? (
        <>
          <h1 className="text-3xl font-semibold tracking-tight">{initiative.title}</h1>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center gap-1.5">
              <UsersIcon className="size-4" aria-hidden /> For {initiative.customer}
            </span>
            <span>
              Started by {initiative.owner.name} on {formatDate(initiative.createdAt)}
            </span>
          </p>
        </>
      ) : null}
      <InitiativeNav
        workspaceId={workspaceId}
        initiativeId={initiative.id}
        publishedVersion={initiative.publishedVersion}
      />
    </header>
  );
}
