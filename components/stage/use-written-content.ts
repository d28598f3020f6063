"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { hasWrittenNode } from "@/editor/document";

/**
 * Whether the editor's document has writing of its own (not just the
 * template's headings), kept current as anyone types. Asked after every
 * change, so it must stay cheap: computed once per document version
 * (ProseMirror documents are immutable, so the last one and its answer are
 * remembered), on the node itself, stopping at the first written text.
 */
export function useWrittenContent(editor: Editor | null): boolean {
  const last = useRef<{ doc: ProseMirrorNode; written: boolean } | undefined>(undefined);

  const subscribe = useCallback(
    (onChange: () => void) => {
      editor?.on("update", onChange);
      return () => void editor?.off("update", onChange);
    },
    [editor],
  );

  const getSnapshot = useCallback(() => {
    if (!editor || editor.isDestroyed) return false;
    const doc = editor.state.doc;
    if (last.current?.doc !== doc) {
      last.current = { doc, written: hasWrittenNode(doc) };
    }
    return last.current.written;
  }, [editor]);

  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
