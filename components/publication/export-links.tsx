import "server-only";
import { FileDownIcon, FileTextIcon, PrinterIcon } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import type { ExportFormat } from "@/lib/schemas/export";
import { pdfAvailable } from "@/server/pdf/chromium";
import { PrintButton } from "./print-button";

export type ExportLinksProps = {
  /** The export route's path without its query: /api/publications/<id>/export or /api/initiatives/<id>/export. */
  exportPath: string;
  /** A share-link reader's token, passed on to the export URLs (they have no session). */
  share?: string;
};

const LINK = buttonVariants({ variant: "outline", size: "sm" });

/**
 * "Download Markdown", "Download PDF" where this server has Chromium to make
 * one, and always "Print / Save as PDF" (the browser's print dialog, from
 * the same print stylesheet). Hidden on paper.
 */
export function ExportLinks({ exportPath, share }: ExportLinksProps) {
  const href = (format: ExportFormat) => {
    const query = new URLSearchParams({ format });
    if (share) query.set("share", share);
    return `${exportPath}?${query}`;
  };
  return (
    <nav aria-label="Download or print" className="flex flex-wrap gap-2 print:hidden">
      <a className={LINK} href={href("markdown")} download>
        <FileTextIcon aria-hidden />
        Download Markdown
      </a>
      {pdfAvailable() ? (
        <a className={LINK} href={href("pdf")} download>
          <FileDownIcon aria-hidden />
          Download PDF
        </a>
      ) : null}
      <PrintButton className={LINK}>
        <PrinterIcon aria-hidden />
        Print / Save as PDF
      </PrintButton>
    </nav>
  );
}
