import "server-only";
import { existsSync } from "node:fs";
import { CHROMIUM, CHROMIUM_ARGS } from "@/scripts/ensure-browser.mjs";

export { CHROMIUM_ARGS };

/**
 * The Chromium that renders PDFs on the server: Debian's package, the one
 * the end-to-end suite drives (scripts/ensure-browser.mjs), or null when it
 * is not installed. Then the pages offer only the browser's own print
 * dialog, and a PDF request gets 501.
 */
export function chromiumPath(): string | null {
  return existsSync(CHROMIUM) ? CHROMIUM : null;
}

/** Whether this server can make PDFs (the pages offer "Download PDF" only then). */
export function pdfAvailable(): boolean {
  return chromiumPath() !== null;
}
