import "server-only";
import type { ReactNode } from "react";
import { STAGES } from "@/lib/stages";
import { versionLabel } from "@/lib/publication";
import type { PublicationView } from "@/server/data/publication/publication-view";
import { ReadableDocument, type ReadablePart } from "./readable-document";
import { VersionList } from "./version-list";

export type PublicationReaderProps = {
  publication: PublicationView;
  /** The page's top bar (ReaderBar). */
  bar: ReactNode;
  /** Where a version is read, on this kind of page (members' or share link's). */
  versionHref: (version?: number) => string;
  /** Where a figure's image is loaded from, given its asset id. */
  assetUrl: (assetId: string) => string;
  /** Downloads, in the header under the title. */
  exportLinks: ReactNode;
  /** After the document: members' feedback (never on share pages). */
  feedback?: ReactNode;
};

/**
 * A published version as one long-form page, the same for members (/p) and
 * share-link readers (/s): the title and "Published … · version N", the
 * publisher's note, the document, then the list of versions. Server
 * components only: the page ships no editor and almost no script.
 */
export function PublicationReader({
  publication,
  bar,
  versionHref,
  assetUrl,
  exportLinks,
  feedback,
}: PublicationReaderProps) {
  const newest = publication.versions[0]?.version ?? publication.version;
  // The snapshot lists the stages complete when it was published; keep stage order whatever it holds.
  const parts: ReadablePart[] = STAGES.flatMap((stage) => {
    const published = publication.snapshot.stages.find((part) => part.stage === stage);
    return published ? [{ stage, content: published.content }] : [];
  });
  const meta = (
    <>
      <p>
        {versionLabel(publication.createdAt, publication.version)}
        <span className="reader-meta-by"> · by {publication.publishedBy.name}</span>
      </p>
      {publication.latest ? null : (
        <p className="reader-notice" role="note">
          This is an earlier version. <a href={versionHref()}>Read the latest, version {newest}</a>.
        </p>
      )}
      {publication.note ? (
        <p className="reader-note">
          <span className="sr-only">Note from the publisher: </span>
          {publication.note}
        </p>
      ) : null}
      {exportLinks}
    </>
  );
  return (
    <>
      {bar}
      <main className="reader-main">
        <ReadableDocument
          title={publication.title}
          meta={meta}
          customer={publication.snapshot.customer}
          parts={parts}
          assetUrl={assetUrl}
          // A publication never changes: render it once per process. Keyed by
          // how its images are addressed too (a share link's carry its token).
          cacheKey={`${publication.id}|${assetUrl("")}`}
        >
          {feedback ? <div className="reader-after">{feedback}</div> : null}
          <VersionList
            versions={publication.versions}
            current={publication.version}
            href={(version) => versionHref(version)}
          />
        </ReadableDocument>
      </main>
    </>
  );
}
