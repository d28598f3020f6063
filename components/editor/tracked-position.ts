import type { Editor } from "@tiptap/core";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from "@tiptap/y-tiptap";
import type * as Y from "yjs";

type YSyncState = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Parameters<typeof absolutePositionToRelativePosition>[2] };
};

function ySyncState(editor: Editor): YSyncState | undefined {
  const state: unknown = ySyncPluginKey.getState(editor.state);
  return state && typeof state === "object" && "binding" in state
    ? (state as YSyncState)
    : undefined;
}

/**
 * A document position that survives other people's edits: while an image
 * uploads, collaborators keep typing, and a plain number would drift. Yjs
 * relative positions are anchored to the content itself.
 */
export function trackPosition(editor: Editor, pos: number): () => number {
  const start = ySyncState(editor);
  if (!start) return () => Math.min(pos, editor.state.doc.content.size);
  const relative: unknown = absolutePositionToRelativePosition(
    pos,
    start.type,
    start.binding.mapping,
  );
  return () => {
    const now = ySyncState(editor);
    const resolved = now
      ? relativePositionToAbsolutePosition(now.doc, now.type, relative, now.binding.mapping)
      : null;
    return Math.min(resolved ?? pos, editor.state.doc.content.size);
  };
}
