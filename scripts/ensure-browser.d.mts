// Types for scripts/ensure-browser.mjs.

/** Where Debian's Chromium lives. */
export const CHROMIUM: string;

/** The command-line switches the e2e suite and the editor benchmark start Chromium with. */
export const CHROMIUM_ARGS: string[];

/** Resolves once /usr/bin/chromium exists (installing Debian's package when root); throws with the command to run otherwise. */
export function ensureBrowser(log?: (message: string) => void): Promise<void>;
