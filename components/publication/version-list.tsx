import type { PublicationVersion } from "@/server/data/publication/publication-view";
import { versionLabel } from "@/lib/publication";

export type VersionListProps = {
  versions: PublicationVersion[];
  /** The version on the page, marked in the list. */
  current: number;
  /** Where one version is read: /p/<id>/v/<n> or /s/<token>/v/<n>. */
  href: (version: number) => string;
};

/** Every published version, newest first, each a link; the one shown is marked. */
export function VersionList({ versions, current, href }: VersionListProps) {
  if (versions.length < 2) return null;
  return (
    <nav id="versions" aria-labelledby="versions-title" className="reader-versions">
      <h2 id="versions-title">Versions</h2>
      <ol>
        {versions.map((version) => {
          const shown = version.version === current;
          return (
            <li key={version.version}>
              <a href={href(version.version)} aria-current={shown ? "page" : undefined}>
                {versionLabel(version.createdAt, version.version)}
              </a>
              {shown ? (
                <span className="reader-versions-shown">You are reading this one</span>
              ) : null}
              {version.note ? <p>{version.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
