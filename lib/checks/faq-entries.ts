import type { JSONContent } from "@tiptap/core";
import { hasWrittenContent } from "@/editor/document";
import { textOf, type Block } from "./outline";

/** One question of an FAQ and whether it is answered, wherever and however it was written. */
export type FoundEntry = {
  /** The question's text, trimmed ("" when only the answer is written). */
  question: string;
  answered: boolean;
  /** The top-level block holding the question: the entry, or an old-style question's block. */
  index: number;
  /**
   * Written before FAQ entries existed: a question paragraph or h3 heading
   * with its answer in the blocks below it.
   */
  legacy: boolean;
};

const isEntry = (node: JSONContent) => node.type === "faqEntry";

/**
 * An old-style question: a paragraph or level-3 heading ending with "?".
 * Other h3 headings are sub-points, not questions, so they do not count.
 */
function isLegacyQuestion(node: JSONContent): boolean {
  const asQuestion =
    node.type === "paragraph" || (node.type === "heading" && Number(node.attrs?.level) === 3);
  return asQuestion && textOf(node).trim().endsWith("?");
}

/** Where an old-style answer stops: at the next question, entry or h3 heading. */
const endsLegacyAnswer = (node: JSONContent) =>
  isEntry(node) || isLegacyQuestion(node) || node.type === "heading";

/** The question and answer of an FAQ entry node, or undefined for an entry with nothing in it. */
function fromEntry(node: JSONContent, index: number): FoundEntry | undefined {
  const [question, answer] = node.content ?? [];
  const text = textOf(question).trim();
  const answered = hasWrittenContent(answer);
  // The template's empty entry (or one just inserted) is a slot, not a question yet.
  if (!text && !answered) return undefined;
  return { question: text, answered, index, legacy: false };
}

/**
 * The questions among a part's top-level blocks, in order: FAQ entries, and
 * questions written the old way (a paragraph or h3 ending with "?", answered
 * by the blocks after it), so an FAQ written before entries existed is
 * judged by what it says. Other blocks (an introduction) are not questions.
 */
export function entriesIn(blocks: Block[]): FoundEntry[] {
  const found: FoundEntry[] = [];
  blocks.forEach(({ node, index }, position) => {
    if (isEntry(node)) {
      const entry = fromEntry(node, index);
      if (entry) found.push(entry);
      return;
    }
    if (!isLegacyQuestion(node)) return;
    const answer: JSONContent[] = [];
    for (const next of blocks.slice(position + 1)) {
      if (endsLegacyAnswer(next.node)) break;
      answer.push(next.node);
    }
    found.push({
      question: textOf(node).trim(),
      answered: answer.some(hasWrittenContent),
      index,
      legacy: true,
    });
  });
  return found;
}
