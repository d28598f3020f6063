import "server-only";
import { db } from "@/server/db";
import { notFound, parseInput } from "@/server/errors";
import { env } from "@/lib/env";
import { ZExportSchema } from "@/lib/schemas/export";
import { publicationAssetPath, publicationPath, sharePath, versionLabel } from "@/lib/publication";
import { documentMarkdown } from "@/editor/markdown";
import { exportFile, type ExportFile } from "@/server/export/export-file";
import { loadPublication } from "./load-publication";
import { loadReadablePublication } from "./load-readable-publication";

export type ExportPublicationOptions = {
  /** The signed-in user, or null for a share-link reader. */
  userId: string | null;
  publicationId: string;
  /** `?share=` from the request, or null. */
  share: string | null;
  /** The query: `{ format }`. */
  input: unknown;
  /** The request's Cookie header, for the PDF's page (see renderPdf). */
  cookie: string | null;
};

/**
 * One version of a publication as a Markdown or PDF file, for whoever may read
 * it (loadReadablePublication; 404 for everyone else). The file points back
 * to what its reader can open: images and "Read it online" through the share
 * link for a share-link reader, through the member pages otherwise. A PDF
 * prints that same reader page, so it is exactly what they see.
 */
export async function exportPublication({
  userId,
  publicationId,
  share,
  input,
  cookie,
}: ExportPublicationOptions): Promise<ExportFile> {
  const { format } = parseInput(ZExportSchema, input);
  const { publication, access } = await loadReadablePublication({ userId, publicationId, share });
  const token = access.via === "share" ? access.token : undefined;
  const readerPath = token
    ? sharePath(token, publication.version)
    : publicationPath(publication.initiativeId, publication.version);
  const appUrl = env().APP_URL;
  return exportFile({
    format,
    title: publication.title,
    markdown: async () => {
      const view = await loadPublication({
        tx: db(),
        initiativeId: publication.initiativeId,
        version: publication.version,
      });
      if (!view) throw notFound("Publication");
      return documentMarkdown({
        title: view.title,
        meta: [
          versionLabel(view.createdAt, view.version),
          ...(view.note ? [view.note] : []),
          { text: "Read it online", href: new URL(readerPath, appUrl).href },
        ],
        customer: view.snapshot.customer,
        parts: view.snapshot.stages.map(({ stage, content }) => ({ stage, content })),
        assetUrl: (assetId) =>
          new URL(publicationAssetPath(publication.id, assetId, token), appUrl).href,
      });
    },
    print: { path: readerPath, cookie: token ? null : cookie },
  });
}
