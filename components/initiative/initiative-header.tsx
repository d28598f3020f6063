import Link from "next/link";
import { ChevronRightIcon, UsersIcon } from "lucide-react";
import { formatDate } from "@/lib/format";

type Props = {
  workspaceId: string;
  initiative: {
    title: string;
    customer: string;
    createdAt: Date;
    owner: { name: string };
    workspace: { name: string };
  };
};

export function InitiativeHeader({ initiative, workspaceId }: Props) {
  return (
    <header className="space-y-3">
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
      <h1 className="text-3xl font-semibold tracking-tight">{initiative.title}</h1>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
        <span className="inline-flex items-center gap-1.5">
          <UsersIcon className="size-4" aria-hidden /> For {initiative.customer}
        </span>
        <span>
          Started by {initiative.owner.name} on {formatDate(initiative.createdAt)}
        </span>
      </p>
    </header>
  );
}
