/**
 * How FAQ entries are written, as plain ProseMirror transforms over a
 * transaction: inserting an entry, and what Enter and Backspace do in one.
 * Pure and DOM-free so they are unit-tested in Node; the browser binds them
 * to keys in components/editor/faq-entry-keys.ts. Each returns false and
 * leaves the transaction untouched when it does not apply, so the next key
 * handler (lists, the default split) gets its turn.
 */
import type { Node as ProseMirrorNode, ResolvedPos } from "@tiptap/pm/model";
import { TextSelection, type Transaction } from "@tiptap/pm/state";
import { emptyFaqEntry } from "./extensions/faq-entry";

const isType = (node: ProseMirrorNode | null | undefined, name: string) => node?.type.name === name;

/** Nothing written in it: an empty question, and an answer of empty paragraphs only. */
export function isEmptyFaqEntry(entry: ProseMirrorNode): boolean {
  const [question, answer] = [entry.child(0), entry.child(1)];
  if (question.content.size > 0) return false;
  let empty = true;
  answer.forEach((block) => {
    if (!isType(block, "paragraph") || block.content.size > 0) empty = false;
  });
  return empty;
}

/** The depth of the outermost FAQ entry around `$pos`, if it is in one. */
function entryDepth($pos: ResolvedPos): number | undefined {
  for (let depth = 1; depth <= $pos.depth; depth++) {
    if (isType($pos.node(depth), "faqEntry")) return depth;
  }
  return undefined;
}

function newEntry(tr: Transaction): ProseMirrorNode {
  return tr.doc.type.schema.nodeFromJSON(emptyFaqEntry());
}

/** Replaces `from`–`to` with a new entry and puts the cursor in its question. */
function placeEntry(tr: Transaction, from: number, to: number): boolean {
  tr.replaceWith(from, to, newEntry(tr));
  // +1 into the entry, +1 into its question.
  tr.setSelection(TextSelection.create(tr.doc, from + 2)).scrollIntoView();
  return true;
}

/**
 * Inserts an empty FAQ entry with the cursor in its question. Entries live
 * at the top level: an empty line becomes the entry; otherwise it goes after
 * the block the cursor is in (after the entry, when the cursor is already in
 * one: entries never nest).
 */
export function insertFaqEntry(tr: Transaction): boolean {
  const { $from } = tr.selection;
  if ($from.depth === 0) return placeEntry(tr, $from.pos, $from.pos);
  const inEntry = entryDepth($from);
  if (inEntry !== undefined) {
    const after = $from.after(inEntry);
    // "/" typed on a new last line of an answer: that line was only for the menu.
    const answer = $from.node(-1);
    const spareLine =
      isType($from.parent, "paragraph") &&
      $from.parent.content.size === 0 &&
      isType(answer, "faqAnswer") &&
      answer.childCount > 1 &&
      $from.index(-1) === answer.childCount - 1;
    if (spareLine) tr.delete($from.before(), $from.after());
    const at = tr.mapping.map(after);
    return placeEntry(tr, at, at);
  }
  const block = $from.node(1);
  if (isType(block, "paragraph") && block.content.size === 0) {
    return placeEntry(tr, $from.before(1), $from.after(1));
  }
  const after = $from.after(1);
  return placeEntry(tr, after, after);
}

/** The cursor, if the selection is a cursor (nothing selected). */
function cursor(tr: Transaction): ResolvedPos | undefined {
  const { selection } = tr;
  return selection.empty ? selection.$from : undefined;
}

/** Replaces the (empty) entry at `depth` around `$pos` with an empty paragraph and moves there. */
function unwrapEntry(tr: Transaction, $pos: ResolvedPos, depth: number): boolean {
  const from = $pos.before(depth);
  const paragraph = tr.doc.type.schema.nodes.paragraph!.create();
  tr.replaceWith(from, $pos.after(depth), paragraph);
  tr.setSelection(TextSelection.create(tr.doc, from + 1)).scrollIntoView();
  return true;
}

/**
 * Enter in a question never splits it (an entry has exactly one question):
 * it moves to the start of the answer, opening an empty line there unless
 * the answer already starts with one. In an entry with nothing written at
 * all, Enter leaves it: the entry becomes a plain paragraph, the way Enter
 * on an empty list item leaves the list.
 */
export function enterInQuestion(tr: Transaction): boolean {
  const $from = tr.selection.$from;
  if (!isType($from.parent, "faqQuestion")) return false;
  const entry = $from.node(-1);
  if (tr.selection.empty && isEmptyFaqEntry(entry)) return unwrapEntry(tr, $from, $from.depth - 1);
  if (!tr.selection.empty) tr.deleteSelection();
  const $question = tr.selection.$from;
  const answer = $question.node(-1).child(1);
  // Just inside the answer: after the question's closing token, then the answer's opening one.
  const answerStart = $question.after() + 1;
  const first = answer.firstChild;
  if (!(isType(first, "paragraph") && first?.content.size === 0)) {
    tr.insert(answerStart, tr.doc.type.schema.nodes.paragraph!.create());
  }
  tr.setSelection(TextSelection.create(tr.doc, answerStart + 1)).scrollIntoView();
  return true;
}

/**
 * Enter on an empty last line of an answer finishes the entry and starts the
 * next one, cursor in its question: an FAQ is written question after
 * question. The empty line goes (unless it is all the answer has). To leave
 * the FAQ entries, press Enter again in the new, empty question.
 */
export function enterAtAnswerEnd(tr: Transaction): boolean {
  const $from = cursor(tr);
  if (!$from || $from.depth < 3) return false;
  const answer = $from.node(-1);
  if (!isType(answer, "faqAnswer") || !isType($from.parent, "paragraph")) return false;
  if ($from.parent.content.size > 0 || $from.index(-1) !== answer.childCount - 1) return false;
  const entryEnd = $from.after($from.depth - 2);
  if (answer.childCount > 1) {
    tr.delete($from.before(), $from.after());
  }
  const at = tr.mapping.map(entryEnd);
  return placeEntry(tr, at, at);
}

/**
 * Backspace at the start of a question. An entry with nothing in it turns
 * into an empty paragraph (so an entry can be removed as easily as it was
 * added); otherwise nothing happens: the default would join across the
 * entry's edge and could take the whole answer with it.
 */
export function backspaceAtQuestionStart(tr: Transaction): boolean {
  const $from = cursor(tr);
  if (!$from || !isType($from.parent, "faqQuestion") || $from.parentOffset > 0) return false;
  if (isEmptyFaqEntry($from.node(-1))) return unwrapEntry(tr, $from, $from.depth - 1);
  return true;
}

/**
 * Backspace at the start of an answer goes back to the end of the question,
 * removing the answer's first line only if it is empty and not the only
 * one. An answer is never merged into its question.
 */
export function backspaceAtAnswerStart(tr: Transaction): boolean {
  const $from = cursor(tr);
  if (!$from || $from.depth < 3 || $from.parentOffset > 0) return false;
  const answer = $from.node(-1);
  if (!isType(answer, "faqAnswer") || $from.index(-1) !== 0) return false;
  const questionEnd = $from.before($from.depth - 1) - 1;
  if ($from.parent.content.size === 0 && answer.childCount > 1) {
    tr.delete($from.before(), $from.after());
  }
  tr.setSelection(TextSelection.create(tr.doc, questionEnd)).scrollIntoView();
  return true;
}

/** Delete at the end of a question does nothing, rather than pull the answer into it. */
export function deleteAtQuestionEnd(tr: Transaction): boolean {
  const $from = cursor(tr);
  return Boolean(
    $from &&
    isType($from.parent, "faqQuestion") &&
    $from.parentOffset === $from.parent.content.size,
  );
}
