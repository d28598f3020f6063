/**
 * Steps of opening the editor, recorded as User Timing marks
 * (`performance.mark("foreword:<step>")`) so the load waterfall can be read
 * from the page: by `npm run bench:editor` (bench/editor-page.ts), or in the
 * browser's Performance panel. Only the first of each step is marked: a
 * reconnection later is not part of the load. A mark costs a few
 * microseconds, so they stay in production builds.
 */
export type LoadStep =
  /** The session's first effect ran: the page has hydrated. */
  | "session-start"
  /** The first collab token arrived. */
  | "token"
  /** The WebSocket to the collab server opened. */
  | "socket-open"
  /** The collab server accepted the token. */
  | "authenticated"
  /** The first sync finished: the whole document is here. */
  | "synced"
  /** The editor view exists over the document. */
  | "editor-created";

const marked = new Set<LoadStep>();

/** Marks `step` of the editor's load, the first time only. */
export function markLoad(step: LoadStep): void {
  if (marked.has(step) || typeof performance === "undefined") return;
  marked.add(step);
  performance.mark(`foreword:${step}`);
}
