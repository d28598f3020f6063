"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { anchorOfSelection } from "@/components/editor/comment-highlights";
import type { EncodedAnchor } from "@/lib/comments/anchor-bytes";
import type { PassageRange } from "@/lib/comments/anchors";
import { LIMITS } from "@/lib/schemas/limits";
import { useThreads } from "./use-threads";
import { scrollToPassage, useCommentHighlights } from "./use-comment-highlights";

/** A new thread being written: the passage chosen, before it is sent. */
export type NewThreadDraft = { anchor: EncodedAnchor; quote: string; range: PassageRange };

type Options = {
  sectionId: string;
  editor: Editor | null;
  /** The thread named in the page's URL (`?thread=`), opened once the threads arrive. */
  initialThreadId?: string;
  /** Brings the comments panel into view (a tab, on a narrow screen above the editor). */
  showPanel: () => void;
};

/** The passage's text as the thread quotes it, within the server's limit. */
function quoteOf(editor: Editor, { from, to }: PassageRange): string {
  const text = editor.state.doc.textBetween(from, to, "\n", " ").trim();
  return text.length > LIMITS.quoteMax ? `${text.slice(0, LIMITS.quoteMax - 1)}…` : text;
}

/**
 * The comments on a stage page: its threads (live), the one open, a new
 * one being written, and the highlights in the editor that go with them.
 */
export function useComments({ sectionId, editor, initialThreadId, showPanel }: Options) {
  const { threads, failed, refetch } = useThreads(sectionId);
  const [activeId, setActiveId] = useState<string | null>(initialThreadId ?? null);
  const [draft, setDraft] = useState<NewThreadDraft | null>(null);
  const editorRef = useRef(editor);
  const showPanelRef = useRef(showPanel);
  useEffect(() => {
    editorRef.current = editor;
    showPanelRef.current = showPanel;
  });

  const openThread = useCallback((threadId: string) => {
    setActiveId(threadId);
    setDraft(null);
    showPanelRef.current();
    // After the panel has rendered the thread open.
    requestAnimationFrame(() =>
      document
        .getElementById(`thread-${threadId}`)
        ?.scrollIntoView({ block: "nearest", behavior: "smooth" }),
    );
  }, []);

  /** Starts a thread on the editor's selection: stable, as the editor's menu keeps it. */
  const startThread = useCallback(() => {
    const current = editorRef.current;
    if (!current) return;
    const anchor = anchorOfSelection(current.state);
    const { from, to } = current.state.selection;
    if (!anchor) return;
    setDraft({ anchor, quote: quoteOf(current, { from, to }), range: { from, to } });
    setActiveId(null);
    // The passage stays tinted as the draft; a collapsed selection puts the
    // selection menu away (a read-only editor never sees the blur that would).
    current.view.dispatch(
      current.state.tr.setSelection(TextSelection.create(current.state.doc, to)),
    );
    showPanelRef.current();
  }, []);

  const order = useCommentHighlights({
    editor,
    threads: threads ?? [],
    activeId,
    draft: draft?.range ?? null,
    onOpenThread: openThread,
  });

  const selectThread = useCallback((threadId: string | null) => {
    setActiveId(threadId);
    if (threadId) scrollToPassage(editorRef.current, threadId);
  }, []);

  // A link to a thread (from a notification): once its passage is placed, show it.
  const pendingInitial = useRef(initialThreadId);
  useEffect(() => {
    const wanted = pendingInitial.current;
    if (!wanted || !threads || !order) return;
    if (!threads.some((thread) => thread.id === wanted)) {
      pendingInitial.current = undefined;
      return;
    }
    pendingInitial.current = undefined;
    openThread(wanted);
    scrollToPassage(editorRef.current, wanted);
  }, [threads, order, openThread]);

  return {
    threads,
    failed,
    refetch,
    order,
    activeId,
    selectThread,
    draft,
    startThread,
    cancelDraft: useCallback(() => setDraft(null), []),
  };
}

export type CommentsController = ReturnType<typeof useComments>;
