"use client";

import { useEffect, useMemo } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import {
  commentHighlightsOf,
  onHighlightClick,
  setCommentHighlights,
  type HighlightedThread,
} from "@/components/editor/comment-highlights";
import { fromBase64 } from "@/lib/comments/anchor-bytes";
import type { PassageRange } from "@/lib/comments/anchors";
import type { ThreadView } from "@/lib/comments/types";

type Options = {
  editor: Editor | null;
  threads: readonly ThreadView[];
  activeId: string | null;
  /** The passage a new comment is being written on. */
  draft: PassageRange | null;
  onOpenThread: (threadId: string) => void;
};

/** Where the threads' passages are in the document, as the panel needs it. */
export type PassageOrder = {
  /** Thread ids whose passage is still there, in document order. */
  placed: string[];
  /** Thread ids whose passage was deleted. */
  removed: Set<string>;
};

const NO_EDITOR = "no-editor";

function orderKey(editor: Editor | null): string {
  const highlights = editor ? commentHighlightsOf(editor.state) : undefined;
  if (!highlights) return NO_EDITOR;
  const placed: [string, number][] = [];
  const removed: string[] = [];
  for (const [id, range] of highlights.ranges) {
    if (range) placed.push([id, range.from]);
    else removed.push(id);
  }
  placed.sort((a, b) => a[1] - b[1]);
  return `${placed.map(([id]) => id).join(",")}|${removed.join(",")}`;
}

/**
 * Keeps the editor's comment highlights in step with the panel (threads,
 * the open one, the passage being commented on), hears clicks on them, and
 * tells the panel where each passage is. The order is a string compared
 * after every transaction, so the panel re-renders only when passages
 * reorder or disappear, never per keystroke.
 */
export function useCommentHighlights({
  editor,
  threads,
  activeId,
  draft,
  onOpenThread,
}: Options): PassageOrder | null {
  const highlighted = useMemo<HighlightedThread[]>(
    () =>
      threads.flatMap((thread) => {
        const start = fromBase64(thread.anchorStart);
        const end = fromBase64(thread.anchorEnd);
        return start && end
          ? [{ id: thread.id, anchor: { start, end }, resolved: thread.resolvedAt !== null }]
          : [];
      }),
    [threads],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setCommentHighlights(editor.state.tr, { threads: highlighted }));
  }, [editor, highlighted]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setCommentHighlights(editor.state.tr, { activeId }));
  }, [editor, activeId]);

  // Sent once per new draft: the editor maps it through edits from then on.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setCommentHighlights(editor.state.tr, { draft }));
  }, [editor, draft]);

  useEffect(() => {
    if (!editor) return;
    return onHighlightClick(editor, onOpenThread);
  }, [editor, onOpenThread]);

  const key = useEditorState({ editor, selector: ({ editor: current }) => orderKey(current) });
  return useMemo(() => {
    if (!key || key === NO_EDITOR) return null;
    const [placed = "", removed = ""] = key.split("|");
    return {
      placed: placed ? placed.split(",") : [],
      removed: new Set(removed ? removed.split(",") : []),
    };
  }, [key]);
}

/** Scrolls the document to a thread's passage, if it is still there. */
export function scrollToPassage(editor: Editor | null, threadId: string): boolean {
  if (!editor || editor.isDestroyed) return false;
  const range = commentHighlightsOf(editor.state)?.ranges.get(threadId);
  if (!range) return false;
  const { node } = editor.view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: "center", behavior: "smooth" });
  return Boolean(element);
}
