import "server-only";
import type { BrowserContext } from "playwright-core";
import { env } from "@/lib/env";
import { AppError, UnavailableError } from "@/server/errors";
import { chromiumPath } from "./chromium";
import { pdfBrowser, pdfState } from "./pdf-browser";

/** PDFs rendering at once per process: each holds a page of Chromium (~50 MB) and a core. */
export const MAX_RENDERING = 2;
/** A PDF that takes longer than this is abandoned (a page that never finishes loading). */
const TIMEOUT_MS = 30_000;

export type RenderPdfOptions = {
  /** The app's page to print: the reader (/p/…, /s/…) or the document view. */
  path: string;
  /**
   * The request's Cookie header, so the page shows what the requester may
   * see (their session); null for a share-link reader, who needs none.
   */
  cookie: string | null;
};

/**
 * The printed form of one of the app's own pages, as the print stylesheet lays
 * it out: A4, backgrounds, page numbers in the footer. Headless Chromium opens
 * the page at APP_URL with the requester's cookies and nothing else, and may
 * load nothing from any other origin. 501 when Chromium is not installed (the
 * pages then offer the browser's print dialog), 503 with Retry-After when
 * MAX_RENDERING PDFs are already rendering or this one takes too long.
 */
export async function renderPdf({ path, cookie }: RenderPdfOptions): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError(
      501,
      "PDF_UNAVAILABLE",
      "This server cannot make PDFs (Chromium is not installed). Use Print / Save as PDF in your browser instead.",
    );
  }
  const state = pdfState();
  if (state.rendering >= MAX_RENDERING) {
    throw new UnavailableError(
      "Other PDFs are being made right now. Try again in a few seconds.",
      5,
    );
  }
  state.rendering += 1;
  try {
    const browser = await pdfBrowser(executablePath);
    const context = await browser.newContext();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void context.close();
    }, TIMEOUT_MS);
    try {
      return await printPage(context, path, cookie);
    } catch (error) {
      if (timedOut) {
        throw new UnavailableError("The PDF took too long to make. Try again in a minute.", 60);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  } finally {
    state.rendering -= 1;
  }
}

/** Waits for every image (lazy ones too: they are below the fold of a screen, not of a PDF) and font. */
const SETTLE_SCRIPT = `(async () => {
  const images = [...document.images];
  for (const image of images) image.loading = "eager";
  await Promise.all(images.map((image) => image.complete ? null : new Promise((done) => {
    image.addEventListener("load", done, { once: true });
    image.addEventListener("error", done, { once: true });
  })));
  await document.fonts.ready;
})()`;

const FOOTER = `<div style="width: 100%; font: 8px system-ui, sans-serif; color: #71717a; text-align: center">
  <span class="pageNumber"></span> / <span class="totalPages"></span>
</div>`;

async function printPage(
  context: BrowserContext,
  path: string,
  cookie: string | null,
): Promise<Uint8Array> {
  const origin = new URL(env().APP_URL).origin;
  const url = new URL(path, origin);
  await context.addCookies(cookiesOf(cookie).map((pair) => ({ ...pair, url: origin })));
  // The page is ours, but its content is what people wrote: nothing in it
  // may make the server fetch another address.
  await context.route("**/*", (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.emulateMedia({ media: "print" });
  const response = await page.goto(url.href, { waitUntil: "load", timeout: TIMEOUT_MS });
  // A session that did not reach the page would print the sign-in page instead.
  if (!response?.ok() || new URL(page.url()).pathname !== url.pathname) {
    throw new Error(`PDF: ${url.pathname} answered ${response?.status()} at ${page.url()}`);
  }
  await page.evaluate(SETTLE_SCRIPT);
  const pdf = await page.pdf({
    format: "A4",
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: FOOTER,
    margin: { top: "16mm", bottom: "18mm", left: "16mm", right: "16mm" },
  });
  return new Uint8Array(pdf);
}

/** The name=value pairs of a Cookie header. */
function cookiesOf(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  return header.split(";").flatMap((part) => {
    const at = part.indexOf("=");
    const name = part.slice(0, at).trim();
    return at > 0 && name ? [{ name, value: part.slice(at + 1).trim() }] : [];
  });
}
