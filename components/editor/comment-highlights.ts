import { Extension, type Editor } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import {
  anchorOfRange,
  resolveAnchor,
  type AnchorBinding,
  type PassageRange,
} from "@/lib/comments/anchors";
import type { EncodedAnchor } from "@/lib/comments/anchor-bytes";

/** A thread as the highlights need it: where, and whether it is still open. */
export type HighlightedThread = { id: string; anchor: EncodedAnchor; resolved: boolean };

/** What the highlights keep with the editor state. */
export type CommentHighlightsState = {
  threads: readonly HighlightedThread[];
  /** The thread open in the panel: highlighted more strongly, even when resolved. */
  activeId: string | null;
  /** The passage a new comment is being written on, while the composer is open. */
  draft: PassageRange | null;
  /** Where each thread's passage is now; null when it was deleted. */
  ranges: ReadonlyMap<string, PassageRange | null>;
  decorations: DecorationSet;
};

type Change = Partial<Pick<CommentHighlightsState, "threads" | "activeId" | "draft">>;

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>("commentHighlights");

declare module "@tiptap/core" {
  interface Storage {
    commentHighlights: {
      /** Called when someone clicks a highlighted passage, with the innermost thread there. */
      onOpenThread: ((threadId: string) => void) | null;
    };
  }
}

type YSyncState = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: AnchorBinding["mapping"] };
};

/** The Yjs document behind the editor, with the sync plugin's Yjs ↔ ProseMirror mapping. */
export function anchorBinding(state: EditorState): AnchorBinding | null {
  const sync = ySyncPluginKey.getState(state) as YSyncState | undefined;
  return sync ? { doc: sync.doc, type: sync.type, mapping: sync.binding.mapping } : null;
}

/** The anchor of the current selection, for a new thread; null without one. */
export function anchorOfSelection(state: EditorState): EncodedAnchor | null {
  const binding = anchorBinding(state);
  const { from, to, empty } = state.selection;
  return binding && !empty ? anchorOfRange(binding, { from, to }) : null;
}

function decorate(state: EditorState, value: Omit<CommentHighlightsState, "decorations">) {
  const decorations: Decoration[] = [];
  for (const thread of value.threads) {
    const range = value.ranges.get(thread.id);
    const active = thread.id === value.activeId;
    if (!range || (thread.resolved && !active)) continue;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        {
          class: active ? "comment-highlight comment-highlight-active" : "comment-highlight",
          "data-thread-id": thread.id,
        },
        { threadId: thread.id },
      ),
    );
  }
  if (value.draft)
    decorations.push(
      Decoration.inline(value.draft.from, value.draft.to, { class: "comment-highlight-draft" }),
    );
  return DecorationSet.create(state.doc, decorations);
}

/** Every thread's passage resolved afresh from its Yjs anchor. */
function resolveAll(state: EditorState, threads: readonly HighlightedThread[]) {
  const binding = anchorBinding(state);
  return new Map(
    threads.map((thread) => [thread.id, binding ? resolveAnchor(binding, thread.anchor) : null]),
  );
}

function mapRange(tr: Transaction, range: PassageRange | null): PassageRange | null {
  if (!range) return null;
  const from = tr.mapping.map(range.from, 1);
  const to = tr.mapping.map(range.to, -1);
  return from < to ? { from, to } : null;
}

function apply(
  tr: Transaction,
  value: CommentHighlightsState,
  state: EditorState,
): CommentHighlightsState {
  const change = tr.getMeta(commentHighlightsKey) as Change | undefined;
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  // A change from Yjs (a collaborator's edit, undo) replaces the whole
  // document in one step, so positions cannot be mapped through it: resolve
  // the anchors again (a walk over the blocks above each passage, not the text).
  if (change?.threads || (tr.docChanged && sync?.isChangeOrigin)) {
    const threads = change?.threads ?? value.threads;
    const next = {
      threads,
      activeId: change?.activeId !== undefined ? change.activeId : value.activeId,
      draft: change?.draft !== undefined ? change.draft : mapRange(tr, value.draft),
      ranges: resolveAll(state, threads),
    };
    return { ...next, decorations: decorate(state, next) };
  }
  if (change) {
    const next = {
      ...value,
      ...change,
      draft: change.draft !== undefined ? change.draft : mapRange(tr, value.draft),
      ranges: tr.docChanged
        ? new Map([...value.ranges].map(([id, range]) => [id, mapRange(tr, range)]))
        : value.ranges,
    };
    return { ...next, decorations: decorate(state, next) };
  }
  if (!tr.docChanged || (value.ranges.size === 0 && !value.draft)) return value;
  // Typing here: only positions move (no walk over the document per keystroke).
  return {
    ...value,
    draft: mapRange(tr, value.draft),
    ranges: new Map([...value.ranges].map(([id, range]) => [id, mapRange(tr, range)])),
    decorations: value.decorations.map(tr.mapping, tr.doc),
  };
}

/** Tells the highlights which threads to draw, which is open, and the passage being commented on. */
export function setCommentHighlights(tr: Transaction, change: Change): Transaction {
  return tr.setMeta(commentHighlightsKey, change).setMeta("addToHistory", false);
}

/** Calls `open` with a thread's id when its passage is clicked, until the returned function is called. */
export function onHighlightClick(editor: Editor, open: (threadId: string) => void): () => void {
  const storage = editor.storage.commentHighlights;
  storage.onOpenThread = open;
  return () => {
    if (storage.onOpenThread === open) storage.onOpenThread = null;
  };
}

/** The highlights' state in an editor state. */
export function commentHighlightsOf(state: EditorState): CommentHighlightsState | undefined {
  return commentHighlightsKey.getState(state);
}

/**
 * Comment threads drawn over their passages (components/comments): a tint
 * per open thread, a stronger one for the thread open in the panel, and one
 * for the passage a new comment is being written on. Decorations, not
 * marks: the document never changes, so people who cannot edit it
 * (reviewers, a completed stage) see and make comments too. Browser-only,
 * so it is not in the shared schema (editor/).
 */
export const CommentHighlights = Extension.create({
  name: "commentHighlights",

  addStorage() {
    return { onOpenThread: null };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<CommentHighlightsState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({
            threads: [],
            activeId: null,
            draft: null,
            ranges: new Map(),
            decorations: DecorationSet.empty,
          }),
          apply: (tr, value, _old, state) => apply(tr, value, state),
        },
        props: {
          decorations: (state) => commentHighlightsOf(state)?.decorations,
          handleClick: (view, pos) => {
            const highlights = commentHighlightsOf(view.state);
            if (!highlights || !storage.onOpenThread) return false;
            // Overlapping passages: the shortest is the one most likely meant.
            const [innermost] = highlights.decorations
              .find(pos, pos, (spec) => typeof spec.threadId === "string")
              .filter((found) => found.from <= pos && pos <= found.to)
              .sort((a, b) => a.to - a.from - (b.to - b.from));
            if (innermost) storage.onOpenThread(innermost.spec.threadId as string);
            // The click still places the cursor (or selects) as usual.
            return false;
          },
        },
      }),
    ];
  },
});
