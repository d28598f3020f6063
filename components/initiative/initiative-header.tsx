import Link from "next/link";
import { ChevronRightIcon, UsersIcon } from "lucide-react";
import { formatDate } from "@/lib/format";
import { InitiativeNav } from "./initiative-nav";

type Props = {
  workspaceId: string;
  initiative: {
    id: string;
    title: string;
    customer: string;
    createdAt: Date;
    owner: { name: string };
    workspace: { name: string };
    /** The newest published version (getInitiative); null before the first publication. */
    publishedVersion: number | null;
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
    <header className="space-y-3 print:hidden">
      <nav
        aria-label="Breadcrumb"
        className="flex items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href={`/w/${workspaceId}`} className="hover:text-foreground">
          Initiatives
        </Link>
        <ChevronRightIcon className="size-3.5" aria-hidden />
        <span className="truncate text-foreground">{initiative.title}</span>
      </nav>
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
