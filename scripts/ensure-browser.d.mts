// Types for scripts/ensure-browser.mjs.

/** Where Debian's Chromium lives. */
export const CHROMIUM: string;

/** The Chromium features CHROMIUM_ARGS disables: Playwright's own list and ours, in the one switch Chromium keeps. */
export const DISABLED_FEATURES: string[];

/** The command-line switches the e2e suite, the benchmarks and the PDF renderer start Chromium with. */
export const CHROMIUM_ARGS: string[];

/** Resolves once /usr/bin/chromium exists (installing Debian's package when root); throws with the command to run otherwise. */
export function ensureBrowser(log?: (message: string) => void): Promise<void>;
