/**
 * Where a comment thread's passage is, against the live Yjs document: made
 * from a ProseMirror selection when the thread begins, resolved back to
 * ProseMirror positions whenever it is drawn. Yjs relative positions name
 * characters, not offsets, so a passage stays put while people type before
 * it, grows when they type inside it, and is gone (start ≥ end, or not
 * resolvable) when its text is deleted. Uses y-prosemirror's (y-tiptap's)
 * own conversions with the sync plugin's Yjs ↔ ProseMirror mapping.
 */
import * as Y from "yjs";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
} from "@tiptap/y-tiptap";
import { decodeAnchorPosition, type EncodedAnchor } from "./anchor-bytes";

/** y-prosemirror's map from Yjs types to the ProseMirror nodes they render as. */
export type YProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/**
 * A Yjs document bound to ProseMirror: the sync plugin's state in the browser
 * (`ySyncPluginKey.getState(state)`: doc, type, binding.mapping), or
 * `initProseMirrorDoc` in tests.
 */
export type AnchorBinding = { doc: Y.Doc; type: Y.XmlFragment; mapping: YProsemirrorMapping };

/** A passage as ProseMirror positions. */
export type PassageRange = { from: number; to: number };

/**
 * y-prosemirror always associates a position with the character before it.
 * For a passage's start that character is outside the passage, so text
 * typed right before the passage would join it; tie the start to the
 * passage's own first character instead, when it is text. (Not at the very
 * start of the document: y-tiptap takes a character position resolving to 1
 * for a misresolved one after a block move, and answers null.)
 */
function stickToNextCharacter(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (absolute && absolute.type instanceof Y.XmlText && absolute.index < absolute.type.length)
    return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
  return position;
}

/** The anchor of the passage `from`–`to` (ProseMirror positions in the bound document). */
export function anchorOfRange(binding: AnchorBinding, { from, to }: PassageRange): EncodedAnchor {
  const before = absolutePositionToRelativePosition(
    from,
    binding.type,
    binding.mapping,
  ) as Y.RelativePosition;
  const start = from > 1 ? stickToNextCharacter(binding.doc, before) : before;
  const end = absolutePositionToRelativePosition(
    to,
    binding.type,
    binding.mapping,
  ) as Y.RelativePosition;
  return { start: Y.encodeRelativePosition(start), end: Y.encodeRelativePosition(end) };
}

function toAbsolute(binding: AnchorBinding, bytes: Uint8Array): number | null {
  const position = decodeAnchorPosition(bytes);
  if (!position) return null;
  try {
    return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping);
  } catch {
    // A position from another document names items this one never had.
    return null;
  }
}

/**
 * Where the passage is now, or null when it is gone: its text was deleted
 * (both ends meet), its block was, or the positions name nothing here.
 */
export function resolveAnchor(binding: AnchorBinding, anchor: EncodedAnchor): PassageRange | null {
  const from = toAbsolute(binding, anchor.start);
  const to = toAbsolute(binding, anchor.end);
  if (from === null || to === null || from >= to) return null;
  return { from, to };
}
