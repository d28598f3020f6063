import "server-only";
import type { JSONContent } from "@tiptap/core";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { env } from "@/lib/env";
import { ZExportSchema } from "@/lib/schemas/export";
import { customerAnswersOf } from "@/lib/customer-questions";
import type { SectionState } from "@/lib/stages";
import { documentMarkdown } from "@/editor/markdown";
import { exportFile, type ExportFile } from "@/server/export/export-file";
import { getInitiative } from "./get-initiative";

export type ExportInitiativeOptions = {
  userId: string;
  initiativeId: string;
  /** The query: `{ format }`. */
  input: unknown;
  /** The request's Cookie header, for the PDF's page (see renderPdf). */
  cookie: string | null;
};

/** Beside a stage's name in the file, as on the document view: complete stages say nothing. */
function draftLabel(state: SectionState): string | undefined {
  if (state === "COMPLETE") return undefined;
  return state === "IN_REVIEW" ? "In review" : "Draft";
}

/**
 * The document view (every stage, drafts marked) as a Markdown or PDF file,
 * for people who may read drafts; 404 for everyone else, viewers included
 * (getInitiative). Images point at /api/assets, where draft readers read
 * them; the PDF prints the document view with the requester's session.
 */
export async function exportInitiative({
  userId,
  initiativeId,
  input,
  cookie,
}: ExportInitiativeOptions): Promise<ExportFile> {
  const { format } = parseInput(ZExportSchema, input);
  const initiative = await getInitiative({ userId, initiativeId });
  const documentPath = `/w/${initiative.workspaceId}/i/${initiative.id}/document`;
  const appUrl = env().APP_URL;
  return exportFile({
    format,
    title: initiative.title,
    markdown: async () => {
      const stored = await db().section.findMany({
        where: { initiativeId: initiative.id },
        select: { stage: true, content: true },
      });
      // Section.content holds the collab server's editor JSON (editor/extensions).
      const contentOf = new Map(
        stored.map((row) => [row.stage, row.content as JSONContent | null]),
      );
      return documentMarkdown({
        title: initiative.title,
        meta: [
          "Working draft: stages not complete are marked.",
          { text: "Open it in Foreword", href: new URL(documentPath, appUrl).href },
        ],
        customer: customerAnswersOf(initiative),
        parts: initiative.sections.map((section) => ({
          stage: section.stage,
          content: contentOf.get(section.stage) ?? null,
          draftLabel: draftLabel(section.state),
        })),
        assetUrl: (assetId) => new URL(`/api/assets/${assetId}`, appUrl).href,
      });
    },
    print: { path: documentPath, cookie },
  });
}
