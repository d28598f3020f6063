import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { caretAwareness } from "./caret-awareness";

function setUp() {
  const local = new Awareness(new Y.Doc());
  const remote = new Awareness(new Y.Doc());
  const frames: (() => void)[] = [];
  const wrapped = caretAwareness(local, (run) => frames.push(run));
  const listener = vi.fn();
  wrapped.on("change", listener);
  const fromRemote = (state: Record<string, unknown>) => {
    remote.setLocalState(state);
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), "remote");
  };
  const frame = () => frames.splice(0).forEach((run) => run());
  return { local, remote, wrapped, listener, fromRemote, frame };
}

describe("caretAwareness", () => {
  it("ignores changes to this tab's own state", () => {
    const { local, listener, frame } = setUp();
    local.setLocalStateField("cursor", { anchor: 1, head: 1 });
    frame();
    expect(listener).not.toHaveBeenCalled();
  });

  it("delivers others' changes once per frame, with the latest change", () => {
    const { remote, listener, fromRemote, frame } = setUp();
    fromRemote({ cursor: 1 });
    fromRemote({ cursor: 2 });
    expect(listener).not.toHaveBeenCalled();
    frame();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toEqual({
      added: [],
      updated: [remote.clientID],
      removed: [],
    });
  });

  it("stops delivering after off(), even a change already scheduled", () => {
    const { wrapped, listener, fromRemote, frame } = setUp();
    fromRemote({ cursor: 1 });
    wrapped.off("change", listener);
    frame();
    fromRemote({ cursor: 2 });
    frame();
    expect(listener).not.toHaveBeenCalled();
  });

  it("is the awareness itself for everything else", () => {
    const { local, wrapped } = setUp();
    wrapped.setLocalStateField("user", { name: "Ada" });
    expect(local.getLocalState()?.user).toEqual({ name: "Ada" });
    expect(wrapped.getStates()).toBe(local.getStates());
    expect(wrapped.clientID).toBe(local.clientID);
  });

  it("does not announce again a cursor that has not moved, and announces one that has", () => {
    const local = new Awareness(new Y.Doc());
    const wrapped = caretAwareness(local, () => 0);
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "hello");
    const at = (index: number) => Y.createRelativePositionFromTypeIndex(text, index);
    const updates = vi.fn();
    local.on("update", updates);

    wrapped.setLocalStateField("cursor", { anchor: at(2), head: at(2) });
    expect(updates).toHaveBeenCalledTimes(1);
    // The plugin builds new position objects (or reads back JSON) for the same place.
    wrapped.setLocalStateField("cursor", { anchor: at(2), head: at(2) });
    wrapped.setLocalStateField(
      "cursor",
      JSON.parse(JSON.stringify({ anchor: at(2), head: at(2) })),
    );
    expect(updates).toHaveBeenCalledTimes(1);
    wrapped.setLocalStateField("cursor", { anchor: at(2), head: at(3) });
    wrapped.setLocalStateField("cursor", null);
    wrapped.setLocalStateField("user", { name: "Ada" });
    expect(updates).toHaveBeenCalledTimes(4);
  });
});
