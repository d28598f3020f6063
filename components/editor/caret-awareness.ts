import * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";

type Change = { added: number[]; updated: number[]; removed: number[] };
// The signature lib0's Observable declares for listeners.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Listener = Function;

/** Runs `run` before the next frame (or soon, where there are no frames). */
const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(run) : setTimeout(run, 16);

/**
 * The awareness the collaboration caret plugin (y-tiptap's yCursorPlugin)
 * listens to. That plugin dispatches a ProseMirror transaction (a full view
 * update, and a Yjs diff of the whole document by the sync plugin) on every
 * awareness "change", synchronously:
 *
 * - for this tab's own cursor, which it moves after every keystroke and
 *   re-announces after every co-editor's change, though it never draws it;
 * - for each co-editor's cursor move, each arriving in its own message.
 *
 * Here changes that concern only this tab are dropped, and the others are
 * delivered at most once per frame, which is as often as carets can be seen
 * to move. The plugin's re-announcement of a cursor that has not moved is
 * dropped too: a relative position stays valid through others' edits (each
 * co-editor resolves it against their own copy), so sending it again tells
 * nobody anything, yet costs an awareness message per co-editor keystroke.
 * Everything else (states, the local state, other events) is the provider's
 * awareness itself.
 */
export function caretAwareness(awareness: Awareness, schedule = nextFrame): Awareness {
  const wrapped = new Map<Listener, (change: Change, origin: unknown) => void>();

  const on = (event: string, listener: Listener) => {
    if (event !== "change") return awareness.on(event, listener);
    let pending: { change: Change; origin: unknown } | undefined;
    const filtered = (change: Change, origin: unknown) => {
      const self = awareness.clientID;
      const others = [change.added, change.updated, change.removed].some((ids) =>
        ids.some((id) => id !== self),
      );
      if (!others) return;
      const first = pending === undefined;
      pending = { change, origin };
      if (!first) return;
      schedule(() => {
        const due = pending;
        pending = undefined;
        // Not after off(): the plugin's view may be gone.
        if (due && wrapped.get(listener) === filtered) listener(due.change, due.origin);
      });
    };
    wrapped.set(listener, filtered);
    awareness.on("change", filtered);
  };

  const off = (event: string, listener: Listener) => {
    const filtered = event === "change" ? wrapped.get(listener) : undefined;
    if (!filtered) return awareness.off(event, listener);
    wrapped.delete(listener);
    awareness.off("change", filtered);
  };

  const setLocalStateField = (field: string, value: unknown) => {
    const current: unknown = awareness.getLocalState()?.[field];
    if (field === CURSOR_FIELD && sameCursor(current, value)) return;
    awareness.setLocalStateField(field, value);
  };

  return new Proxy(awareness, {
    get(target, property) {
      if (property === "on") return on;
      if (property === "off") return off;
      if (property === "setLocalStateField") return setLocalStateField;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The awareness field y-tiptap's caret plugin publishes the cursor in. */
const CURSOR_FIELD = "cursor";

type Cursor = { anchor: unknown; head: unknown };
const isCursor = (value: unknown): value is Cursor =>
  typeof value === "object" && value !== null && "anchor" in value && "head" in value;

/** Whether two published cursors (relative positions, as objects or their JSON) are the same place. */
function sameCursor(a: unknown, b: unknown): boolean {
  if (!isCursor(a) || !isCursor(b)) return false;
  const same = (x: unknown, y: unknown) =>
    Y.compareRelativePositions(
      Y.createRelativePositionFromJSON(x),
      Y.createRelativePositionFromJSON(y),
    );
  return same(a.anchor, b.anchor) && same(a.head, b.head);
}
