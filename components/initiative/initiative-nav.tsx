"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  BookOpenIcon,
  FileTextIcon,
  HistoryIcon,
  ListChecksIcon,
  MessageSquareIcon,
} from "lucide-react";
import { publicationPath } from "@/lib/publication";
import { cn } from "@/lib/utils";

type Props = {
  workspaceId: string;
  initiativeId: string;
  /** The newest published version; null before the first publication. */
  publishedVersion: number | null;
};

/**
 * The initiative's views: its stages (where the team writes), the whole
 * document, and once it is published, the stakeholders' feedback and the
 * published reader. The active one follows the URL, so every page under
 * the initiative can show the same nav.
 */
export function InitiativeNav({ workspaceId, initiativeId, publishedVersion }: Props) {
  const pathname = usePathname();
  const base = `/w/${workspaceId}/i/${initiativeId}`;
  const document = `${base}/document`;
  const feedback = `${base}/feedback`;
  const activity = `${base}/activity`;
  const stagesActive = ![document, feedback, activity].includes(pathname);
  return (
    <nav
      aria-label="Initiative"
      className="flex flex-wrap items-center gap-x-1 gap-y-2 border-b print:hidden"
    >
      <Tab href={base} active={stagesActive}>
        <ListChecksIcon aria-hidden /> Stages
      </Tab>
      <Tab href={document} active={pathname === document}>
        <FileTextIcon aria-hidden /> Document
      </Tab>
      <Tab href={activity} active={pathname === activity}>
        <HistoryIcon aria-hidden /> Activity
      </Tab>
      {publishedVersion ? (
        <>
          <Tab href={feedback} active={pathname === feedback}>
            <MessageSquareIcon aria-hidden /> Feedback
          </Tab>
          <Link
            href={publicationPath(initiativeId)}
            className="mb-1.5 ml-auto inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-primary hover:bg-accent [&_svg]:size-4"
          >
            {/* On a phone "v3" alone, so the four fit one line; the name stays whole. */}
            <BookOpenIcon aria-hidden />
            <span>
              <span className="max-sm:sr-only">Published · </span>v{publishedVersion}
            </span>
          </Link>
        </>
      ) : null}
    </nav>
  );
}

function Tab({
  href,
  active,
  children,
}: {
  href: string;
  active: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground transition-colors hover:text-foreground max-sm:px-2 [&_svg]:size-4 max-sm:[&_svg]:hidden",
        active && "border-primary font-medium text-foreground",
      )}
    >
      {children}
    </Link>
  );
}
