import { describe, expect, it } from "vitest";
import { EditorState, Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { editorSchema } from "@/editor/document";
import { viewAfterKeystroke, type Scheduler } from "./after-keystroke";

/** Runs what was scheduled only when told to. */
function manual() {
  const queue = new Map<number, () => void>();
  let next = 0;
  const scheduler: Scheduler = {
    schedule: (run) => {
      queue.set(++next, run);
      return next;
    },
    cancel: (handle) => {
      queue.delete(handle as number);
    },
  };
  const runAll = () => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach((run) => run());
  };
  return { scheduler, runAll, size: () => queue.size };
}

const key = new PluginKey("recording");
function recording() {
  const calls: Array<{ previous: EditorState }> = [];
  let destroyed = 0;
  const plugin = new Plugin({
    key,
    state: { init: () => 1, apply: (_tr, value: number) => value + 1 },
    view: () => ({
      update: (_view, previous) => calls.push({ previous }),
      destroy: () => destroyed++,
    }),
  });
  return { plugin, calls, destroyed: () => destroyed };
}

const states = () => {
  const first = EditorState.create({ schema: editorSchema() });
  const second = first.apply(first.tr.insertText("a", 1));
  const third = second.apply(second.tr.insertText("b", 2));
  return [first, second, third] as const;
};
// The wrapper only hands the view on to the wrapped plugin's view.
const view = {} as unknown as EditorView;

describe("viewAfterKeystroke", () => {
  it("keeps the plugin's key, state and props", () => {
    const { plugin } = recording();
    const wrapped = viewAfterKeystroke(plugin);
    expect(wrapped.spec.key).toBe(key);
    expect(wrapped.spec.state).toBe(plugin.spec.state);
  });

  it("tells the view in a later task, once for several updates, with the earliest previous state", () => {
    const { plugin, calls } = recording();
    const clock = manual();
    const pluginView = viewAfterKeystroke(plugin, clock.scheduler).spec.view?.(view);
    const [first, second] = states();
    pluginView?.update?.(view, first);
    pluginView?.update?.(view, second);
    expect(calls).toHaveLength(0);
    expect(clock.size()).toBe(1);
    clock.runAll();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.previous).toBe(first);
    pluginView?.update?.(view, second);
    clock.runAll();
    expect(calls.map((call) => call.previous)).toEqual([first, second]);
  });

  it("drops a waiting update when the view goes, and destroys the view", () => {
    const { plugin, calls, destroyed } = recording();
    const clock = manual();
    const pluginView = viewAfterKeystroke(plugin, clock.scheduler).spec.view?.(view);
    pluginView?.update?.(view, states()[0]);
    pluginView?.destroy?.();
    expect(clock.size()).toBe(0);
    clock.runAll();
    expect(calls).toHaveLength(0);
    expect(destroyed()).toBe(1);
  });

  it("leaves a plugin without a view as it is", () => {
    const plugin = new Plugin({});
    expect(viewAfterKeystroke(plugin)).toBe(plugin);
  });
});
