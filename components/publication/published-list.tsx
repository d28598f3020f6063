import Link from "next/link";
import { ChevronRightIcon } from "lucide-react";
import { publicationPath, versionLabel } from "@/lib/publication";

/** A published document at its newest version (listPublishedDocuments). */
export type PublishedItem = {
  initiativeId: string;
  version: number;
  title: string;
  description: string;
  createdAt: Date;
};

/**
 * The workspace's published documents, newest first, each opening its
 * reader page: what every member may read, viewers included. Renders nothing
 * when nothing is published; the page decides what to say then.
 */
export function PublishedList({
  items,
  introduced = true,
}: {
  items: PublishedItem[];
  /** With its own heading and a line about it; false where the page's header already says it. */
  introduced?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby={introduced ? "published-title" : undefined}
      aria-label={introduced ? undefined : "Published"}
      className="space-y-3"
    >
      {introduced ? (
        <div>
          <h2 id="published-title" className="font-medium">
            Published
          </h2>
          <p className="text-sm text-muted-foreground">
            The latest published version of each document, for everyone in the workspace.
          </p>
        </div>
      ) : null}
      <ul className="divide-y overflow-hidden rounded-xl border bg-background shadow-xs">
        {items.map((item) => (
          <li key={item.initiativeId}>
            <Link
              href={publicationPath(item.initiativeId)}
              className="group flex items-center gap-4 px-5 py-4 transition-colors hover:bg-accent/50"
            >
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{item.title}</p>
                {item.description ? (
                  <p className="mt-0.5 line-clamp-2 text-sm text-muted-foreground">
                    {item.description}
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-muted-foreground">
                  {versionLabel(item.createdAt, item.version)}
                </p>
              </div>
              <ChevronRightIcon
                aria-hidden
                className="size-4 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5"
              />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
