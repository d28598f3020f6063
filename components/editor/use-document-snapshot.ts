"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/**
 * The editor's document for panels that analyse it (a checklist, word
 * counts, guidance): the immutable ProseMirror node, refreshed at most once
 * per `intervalMs` while anyone types, and re-rendering its component only
 * then. Use this rather than subscribing to the editor yourself: the editor
 * changes on every keystroke of every co-editor, and a panel that re-renders
 * or serialises the document (editor.getJSON()) on each change makes typing
 * slower for everyone (see docs/benchmarks.md, "Editor").
 *
 * Throttled, not debounced: with several people typing the document is never
 * quiet, and a debounced panel would never update. Walk the node with
 * `descendants` (stop early where you can); it is never mutated, so a result
 * computed from it can be cached against it.
 */
export function useDocumentSnapshot(
  editor: Editor | null,
  intervalMs = 300,
): ProseMirrorNode | null {
  const shown = useRef<{ editor: Editor; doc: ProseMirrorNode } | undefined>(undefined);

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!editor) return () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onUpdate = () => {
        timer ??= setTimeout(() => {
          timer = undefined;
          if (editor.isDestroyed) return;
          shown.current = { editor, doc: editor.state.doc };
          onChange();
        }, intervalMs);
      };
      editor.on("update", onUpdate);
      return () => {
        clearTimeout(timer);
        editor.off("update", onUpdate);
      };
    },
    [editor, intervalMs],
  );

  const getSnapshot = useCallback(() => {
    if (!editor || editor.isDestroyed) return null;
    if (shown.current?.editor !== editor) shown.current = { editor, doc: editor.state.doc };
    return shown.current.doc;
  }, [editor]);

  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
