import "server-only";
import { parseInput } from "@/server/errors";
import { env } from "@/lib/env";
import { ZExportSchema } from "@/lib/schemas/export";
import { draftLabel } from "@/lib/draft-label";
import { documentMarkdown } from "@/editor/markdown";
import { exportFile, type ExportFile } from "@/server/export/export-file";
import { getInitiativeDocument } from "./get-initiative-document";

export type ExportInitiativeOptions = {
  userId: string;
  initiativeId: string;
  /** The query: `{ format }`. */
  input: unknown;
  /** The request's Cookie header, for the PDF's page (see renderPdf). */
  cookie: string | null;
};

/**
 * The document view (every stage, drafts marked) as a Markdown or PDF file,
 * for people who may read drafts; 404 for everyone else, viewers included
 * (getInitiativeDocument, the document view's own data, so the file says
 * what the page says). Images point at /api/assets, where draft readers read
 * them; the PDF prints the document view with the requester's session.
 */
export async function exportInitiative({
  userId,
  initiativeId,
  input,
  cookie,
}: ExportInitiativeOptions): Promise<ExportFile> {
  const { format } = parseInput(ZExportSchema, input);
  const { initiative, customer, parts } = await getInitiativeDocument({ userId, initiativeId });
  const documentPath = `/w/${initiative.workspaceId}/i/${initiative.id}/document`;
  const appUrl = env().APP_URL;
  return exportFile({
    format,
    title: initiative.title,
    markdown: async () =>
      documentMarkdown({
        title: initiative.title,
        meta: [
          "Working draft: stages not complete are marked.",
          { text: "Open it in Foreword", href: new URL(documentPath, appUrl).href },
        ],
        customer,
        parts: parts.map((part) => ({
          stage: part.stage,
          content: part.content,
          draftLabel: draftLabel(part.state, part.written),
        })),
        assetUrl: (assetId) => new URL(`/api/assets/${assetId}`, appUrl).href,
      }),
    print: { path: documentPath, cookie },
  });
}
