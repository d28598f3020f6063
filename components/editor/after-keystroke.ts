import { Plugin, type EditorState, type PluginView } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

export type Scheduler = {
  schedule: (run: () => void) => unknown;
  cancel: (handle: unknown) => void;
};

/**
 * A task of its own: the browser renders the keystroke's frame before it
 * runs ordinary tasks, so this runs after the typed character is on screen.
 */
const NEXT_TASK: Scheduler = {
  schedule: (run) => setTimeout(run, 0),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * `plugin`, with its view told of updates in a task after the one that made
 * them, at most once per task, with the state from before the first of them.
 * For plugin views whose work nobody waits for while typing: the collaboration
 * caret's view works out where this tab's caret now is, as positions in the
 * Yjs document, and announces it to the others, after every transaction; in
 * the keystroke's own task that was main-thread time between the key and
 * its character on screen, for an announcement the provider holds back for
 * 30 ms anyway (collab-provider.ts).
 */
export function viewAfterKeystroke(plugin: Plugin, scheduler: Scheduler = NEXT_TASK): Plugin {
  const makeView = plugin.spec.view;
  if (!makeView) return plugin;
  return new Plugin({
    ...plugin.spec,
    view: (view: EditorView): PluginView => {
      const inner = makeView(view);
      let pending: { previous: EditorState; handle: unknown } | null = null;
      return {
        update: (_updated, previous) => {
          if (pending) return;
          const handle = scheduler.schedule(() => {
            const due = pending;
            pending = null;
            if (due) inner.update?.(view, due.previous);
          });
          pending = { previous, handle };
        },
        destroy: () => {
          if (pending) scheduler.cancel(pending.handle);
          pending = null;
          inner.destroy?.();
        },
      };
    },
  });
}
