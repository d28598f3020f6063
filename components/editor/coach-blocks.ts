import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { CoachBlock } from "@/lib/coach";

/**
 * Text blocks the coach reads: prose, not headings (a headline is judged by
 * the checklist), code or image captions.
 */
const SKIPPED = new Set(["heading", "codeBlock", "figure"]);

/**
 * A text block's text with exactly one character per document position, so
 * an offset in the text plus the block's start is a position in the document:
 * a hard break is a newline (retext ends a line there), any other inline node
 * is as many spaces as it is wide.
 */
function positionalText(block: ProseMirrorNode): string {
  let text = "";
  block.forEach((child) => {
    if (child.isText) text += child.text ?? "";
    else if (child.type.name === "hardBreak") text += "\n";
    else text += " ".repeat(child.nodeSize);
  });
  return text;
}

/**
 * The document's prose as coach blocks. A block's `id` is the document
 * position where its text starts, so a finding's range in the document is
 * `id + from` to `id + to`.
 */
export function coachBlocks(doc: ProseMirrorNode): CoachBlock[] {
  const blocks: CoachBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!SKIPPED.has(node.type.name) && node.content.size > 0)
      blocks.push({ id: pos + 1, text: positionalText(node) });
    return false;
  });
  return blocks;
}
