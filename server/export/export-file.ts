import "server-only";
import { exportFileName } from "@/lib/publication";
import type { ExportFormat } from "@/lib/schemas/export";
import { renderPdf } from "@/server/pdf/render-pdf";

/** A file to download. */
export type ExportFile = {
  /** ASCII only (lib/publication.ts exportFileName), so it needs no encoding in a header. */
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
};

export type ExportFileOptions = {
  format: ExportFormat;
  /** The initiative's title, which names the file. */
  title: string;
  /** The document as Markdown (editor/markdown.ts), made only when asked for. */
  markdown: () => Promise<string>;
  /** The app's page the PDF prints, and the Cookie header to open it with (see renderPdf). */
  print: { path: string; cookie: string | null };
};

/** A document in the format asked for, named after the initiative. */
export async function exportFile({
  format,
  title,
  markdown,
  print,
}: ExportFileOptions): Promise<ExportFile> {
  if (format === "markdown") {
    return {
      fileName: exportFileName(title, "md"),
      contentType: "text/markdown; charset=utf-8",
      body: await markdown(),
    };
  }
  return {
    fileName: exportFileName(title, "pdf"),
    contentType: "application/pdf",
    body: await renderPdf(print),
  };
}
