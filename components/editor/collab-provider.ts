import { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";

/**
 * How long this tab's outgoing changes may wait to be sent together: below
 * what co-editors can notice, above a frame, so several keystrokes typed
 * quickly go as one message.
 */
const SEND_WINDOW_MS = 30;

export type CreateCollabProviderOptions = {
  url: string;
  /** The Yjs document name, `section.<id>`. */
  name: string;
  doc: Y.Doc;
  /** Called before each authentication. */
  token: (() => Promise<string>) | (() => string);
};

/** A section's Hocuspocus connection, configured the same wherever it is opened. */
export function createCollabProvider({
  url,
  name,
  doc,
  token,
}: CreateCollabProviderOptions): HocuspocusProvider {
  return new HocuspocusProvider({
    url,
    name,
    document: doc,
    token,
    // Send this tab's changes and caret at most every SEND_WINDOW_MS, merged,
    // after the keystroke's frame rather than inside it (docs/benchmarks.md,
    // "Editor"). Unsaved changes are counted at once, so the unload warning
    // and "Saved" still see them.
    flushDelay: SEND_WINDOW_MS,
  });
}
