import "server-only";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium";

/**
 * The process's one headless Chromium and how many PDFs it is rendering,
 * kept on globalThis: Next.js loads a module once per route bundle, and each
 * export route would otherwise start a browser of its own.
 */
type PdfState = { browser?: Promise<Browser>; rendering: number };
const shared = globalThis as { forewordPdf?: PdfState };

export function pdfState(): PdfState {
  shared.forewordPdf ??= { rendering: 0 };
  return shared.forewordPdf;
}

/**
 * The browser, launched on the first PDF and kept for the next ones (a launch
 * takes about a second; a new context per PDF keeps them apart). A browser
 * that crashed or failed to start is launched again next time.
 */
export function pdfBrowser(executablePath: string): Promise<Browser> {
  const state = pdfState();
  state.browser ??= chromium
    .launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
    .then((browser) => {
      browser.on("disconnected", () => {
        state.browser = undefined;
      });
      return browser;
    })
    .catch((error: unknown) => {
      state.browser = undefined;
      throw error;
    });
  return state.browser;
}
