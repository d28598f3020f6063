import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { ArrowLeftIcon } from "lucide-react";
import { requireUser } from "@/server/auth";
import { getPublication } from "@/server/data/publication/get-publication";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { orNotFound } from "@/server/http/or-not-found";
import { publicationAssetPath, publicationPath } from "@/lib/publication";
import { publicationMetadata } from "@/lib/publication-metadata";
import { PublicationFeedback } from "@/components/feedback/publication-feedback";
import { ExportLinks } from "./export-links";
import { PublicationReader } from "./publication-reader";
import { ReaderBar } from "./reader-bar";

export type MemberReaderProps = {
  initiativeId: string;
  /** The version from the URL; undefined for the newest. */
  version?: string;
};

/**
 * One publication and its workspace for the signed-in member, once per
 * request: generateMetadata and the page both ask. Anyone else gets the
 * not-found page (getPublication answers 404 for them).
 */
const loadForMember = cache(async (initiativeId: string, version: string | undefined) => {
  const user = await requireUser();
  const publication = await orNotFound(getPublication({ userId: user.id, initiativeId, version }));
  const workspace = await orNotFound(
    getWorkspace({ userId: user.id, workspaceId: publication.workspaceId }),
  );
  return { publication, workspace };
});

/** The head of /p/<id>[/v/<n>]: the published title and description only. */
export async function memberReaderMetadata({
  initiativeId,
  version,
}: MemberReaderProps): Promise<Metadata> {
  const { publication } = await loadForMember(initiativeId, version);
  return publicationMetadata(publication, { shared: false });
}

/** /p/<id>[/v/<n>]: a publication as a workspace member reads it, with feedback. */
export async function MemberReaderPage({ initiativeId, version }: MemberReaderProps) {
  const { publication, workspace } = await loadForMember(initiativeId, version);
  return (
    <PublicationReader
      publication={publication}
      bar={
        <ReaderBar>
          <a href={`/w/${workspace.id}`} className="reader-back">
            <ArrowLeftIcon aria-hidden className="size-4" />
            <span>Back to {workspace.name}</span>
          </a>
        </ReaderBar>
      }
      versionHref={(n) => publicationPath(publication.initiativeId, n)}
      assetUrl={(assetId) => publicationAssetPath(publication.id, assetId)}
      exportLinks={<ExportLinks exportPath={`/api/publications/${publication.id}/export`} />}
      feedback={<PublicationFeedback publication={publication} actor={publication.actor} />}
    />
  );
}
