import type { JSONContent } from "@tiptap/core";

/** A top-level block and where it sits in the document. */
export type Block = { index: number; node: JSONContent };

/** A heading (level 1 or 2) and the blocks under it, up to the next such heading. */
export type OutlineSection = {
  heading?: Block & { text: string; part: string | null };
  blocks: Block[];
};

/** The text of a node and everything in it; hard breaks become newlines. */
export function textOf(node: JSONContent | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(textOf);
  // Blocks inside blocks (list items, answers) are separate lines of text.
  return node.content?.some((child) => child.type !== "text" && child.type !== "hardBreak")
    ? inner.join("\n")
    : inner.join("");
}

const isSectionHeading = (node: JSONContent) =>
  node.type === "heading" && Number(node.attrs?.level ?? 1) <= 2;

/**
 * The document cut at its level-1 and level-2 headings. Level-3 headings stay
 * inside the section they belong to, as writers use them for sub-points. The
 * blocks before the first heading form a section without one.
 */
export function outline(doc: JSONContent): OutlineSection[] {
  const sections: OutlineSection[] = [{ blocks: [] }];
  (doc.content ?? []).forEach((node, index) => {
    if (isSectionHeading(node)) {
      const part = typeof node.attrs?.part === "string" ? node.attrs.part : null;
      sections.push({ heading: { index, node, text: textOf(node).trim(), part }, blocks: [] });
    } else {
      sections.at(-1)?.blocks.push({ index, node });
    }
  });
  return sections.filter((section) => section.heading || section.blocks.length > 0);
}

/**
 * The section for a template part, found the way people keep it when they
 * edit: first by the `part` the template stored on its heading (it survives
 * renaming and moving the heading), then by a heading whose words name the
 * part (for a heading someone typed anew or a document older than the
 * attribute). The first match wins, so a heading split in two counts once.
 */
export function findPart(
  sections: OutlineSection[],
  part: string,
  names: RegExp,
): OutlineSection | undefined {
  return (
    sections.find((section) => section.heading?.part === part) ??
    sections.find((section) => section.heading && names.test(section.heading.text))
  );
}
