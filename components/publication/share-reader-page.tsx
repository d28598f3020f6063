import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EyeIcon } from "lucide-react";
import { getSharedPublication } from "@/server/data/publication/get-shared-publication";
import { publicationAssetPath, sharePath } from "@/lib/publication";
import { publicationMetadata, shareLinkProblemMetadata } from "@/lib/publication-metadata";
import { ExportLinks } from "./export-links";
import { PublicationReader } from "./publication-reader";
import { ReaderBar } from "./reader-bar";
import { shareLinkProblemTitle, type ShareLinkProblem } from "./share-link-problem";

export type ShareReaderProps = {
  token: string;
  /** The version from the URL; undefined for the newest. */
  version?: string;
};

/**
 * What a share link leads to, once per request: generateMetadata, the page
 * and, when it is not a readable publication, the segment's not-found page
 * (app/s/[token]/not-found.tsx) all ask.
 */
export const loadShared = cache((token: string, version: string | undefined) =>
  getSharedPublication({ token, version }),
);

/**
 * Why a share link shows no document, or null when it shows one. "unknown"
 * from the data layer covers a version never published too; the link's
 * latest version tells the two apart, so the page can point to it.
 */
export async function shareLinkProblemOf(
  token: string,
  version: string | undefined,
): Promise<ShareLinkProblem | null> {
  const shared = await loadShared(token, version);
  if (shared.status === "ok") return null;
  if (shared.status === "revoked") return { kind: "revoked" };
  if (version !== undefined && (await loadShared(token, undefined)).status === "ok")
    return { kind: "no-version", version };
  return { kind: "unknown" };
}

/** The top bar of every share-link page: no account, nothing to go back to. */
export function ShareReaderBar() {
  return (
    <ReaderBar>
      <span className="reader-shared">
        <EyeIcon aria-hidden className="size-4" />
        Shared with you · read-only
      </span>
    </ReaderBar>
  );
}

/** The head of /s/<token>[/v/<n>]: the published title and description, never indexed. */
export async function shareReaderMetadata({ token, version }: ShareReaderProps): Promise<Metadata> {
  const shared = await loadShared(token, version);
  if (shared.status === "ok") return publicationMetadata(shared.publication, { shared: true });
  // The not-found page's own metadata titles the server's HTML; this one is
  // what the browser shows once the page has loaded (Next.js sends the page's).
  return shareLinkProblemHead(token, version);
}

/** The head of a share link that shows no document: what went wrong, nothing else. */
export async function shareLinkProblemHead(
  token: string,
  version: string | undefined,
): Promise<Metadata> {
  const problem = await shareLinkProblemOf(token, version);
  return shareLinkProblemMetadata(shareLinkProblemTitle(problem ?? { kind: "unknown" }));
}

/**
 * /s/<token>[/v/<n>]: a publication for anyone holding the link, read-only
 * and without feedback (an anonymous reader cannot comment). A revoked or
 * unknown link renders the not-found page, with its 404 status.
 */
export async function ShareReaderPage({ token, version }: ShareReaderProps) {
  const shared = await loadShared(token, version);
  if (shared.status !== "ok") {
    // A link to another version (of a live link) goes to the one it may show: the latest.
    if (version !== undefined && (await loadShared(token, undefined)).status === "ok")
      redirect(sharePath(token));
    notFound();
  }
  const { publication } = shared;
  return (
    <PublicationReader
      publication={publication}
      bar={<ShareReaderBar />}
      versionHref={(n) => sharePath(token, n)}
      assetUrl={(assetId) => publicationAssetPath(publication.id, assetId, token)}
      exportLinks={
        <ExportLinks exportPath={`/api/publications/${publication.id}/export`} share={token} />
      }
    />
  );
}
