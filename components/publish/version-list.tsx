import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { publicationPath } from "@/lib/publication";

export type PublishedVersion = {
  id: string;
  version: number;
  note: string;
  createdAt: Date;
  publishedBy: { name: string };
};

type Props = {
  initiativeId: string;
  /** Newest first. */
  versions: PublishedVersion[];
};

/** The versions published so far, each linking to its reader page; the newest is what readers get. */
export function VersionList({ initiativeId, versions }: Props) {
  if (versions.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        Not published yet. Viewers and stakeholders see nothing until it is.
      </p>
    );
  }
  return (
    <ol aria-label="Published versions" className="grid gap-3">
      {versions.map((version, index) => (
        <li key={version.id} className="grid gap-0.5 text-sm">
          <span className="flex items-center gap-2">
            <Link
              href={publicationPath(initiativeId, version.version)}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              Version {version.version}
            </Link>
            {index === 0 ? <Badge variant="success">Latest</Badge> : null}
          </span>
          <span className="text-xs text-muted-foreground">
            {formatDate(version.createdAt)} · {version.publishedBy.name}
          </span>
          {version.note ? <span className="text-muted-foreground">“{version.note}”</span> : null}
        </li>
      ))}
    </ol>
  );
}
