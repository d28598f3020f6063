import type { JSONContent } from "@tiptap/core";
import { countWords } from "@/editor/document";

/** A top-level block and where it sits in the document. */
export type Block = { index: number; node: JSONContent };

/** A heading (level 1 or 2) and the blocks under it, up to the next such heading. */
export type OutlineSection = {
  heading?: Block & { text: string; part: string | null };
  blocks: Block[];
};

/**
 * A node's children, or none. The checks also run on JSON a client sent to
 * the shared document, so a malformed node must read as empty, not throw.
 */
export function childrenOf(node: JSONContent | undefined): JSONContent[] {
  if (!node || !Array.isArray(node.content)) return [];
  return node.content.filter(
    (child): child is JSONContent => typeof child === "object" && child !== null,
  );
}

/** The text of a node and everything in it; hard breaks become newlines. */
export function textOf(node: JSONContent | undefined): string {
  if (!node) return "";
  if (node.type === "text") return typeof node.text === "string" ? node.text : "";
  if (node.type === "hardBreak") return "\n";
  const children = childrenOf(node);
  const inner = children.map(textOf);
  // Blocks inside blocks (list items, answers) are separate lines of text.
  return children.some((child) => child.type !== "text" && child.type !== "hardBreak")
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
  childrenOf(doc).forEach((node, index) => {
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

/** A template part as the checks look for it: its id and the heading words that name it. */
export type PartSpec = { id: string; names: RegExp };

/**
 * Every part of a stage at once, like `findPart`, with one difference: a
 * heading that carries another of the stage's parts is never taken for this
 * one by its words ("The customer's problem" stays the problem, even though
 * it says "customer"), and a heading found by its words serves one part only.
 * A `part` the stage does not define counts as no part (it was pasted from
 * another stage), so its heading is found by its words like any other.
 */
export function findParts<Id extends string>(
  sections: OutlineSection[],
  specs: readonly (PartSpec & { id: Id })[],
): Record<Id, OutlineSection | undefined> {
  const ids = new Set<string>(specs.map((spec) => spec.id));
  const found = new Map<Id, OutlineSection>();
  const taken = new Set<OutlineSection>();
  for (const spec of specs) {
    const section = sections.find((candidate) => candidate.heading?.part === spec.id);
    if (section) {
      found.set(spec.id, section);
      taken.add(section);
    }
  }
  for (const spec of specs) {
    if (found.has(spec.id)) continue;
    const section = sections.find(
      (candidate) =>
        candidate.heading &&
        !taken.has(candidate) &&
        !(candidate.heading.part && ids.has(candidate.heading.part)) &&
        spec.names.test(candidate.heading.text),
    );
    if (section) {
      found.set(spec.id, section);
      taken.add(section);
    }
  }
  return Object.fromEntries(specs.map((spec) => [spec.id, found.get(spec.id)])) as Record<
    Id,
    OutlineSection | undefined
  >;
}

/** Words a writer leaves to fill in later; a part holding only these is still empty. */
const PLACEHOLDER = /^(?:tbd|tbc|todo|to do|n\/a|na|xxx+|lorem ipsum|\?+|\.{3}|…)$/i;

/** The words written in a section's body (below its heading), placeholders like "TBD" not counted. */
export function bodyWords(section: OutlineSection | undefined): number {
  if (!section) return 0;
  return section.blocks
    .map((block) => textOf(block.node))
    .flatMap((text) => text.split("\n"))
    .filter((line) => !PLACEHOLDER.test(line.trim()))
    .reduce((sum, line) => sum + countWords(line), 0);
}

/** The words written outside headings: zero for an untouched template, whose headings are all it holds. */
export function writtenWords(doc: JSONContent): number {
  return childrenOf(doc)
    .filter((node) => node.type !== "heading")
    .reduce((sum, node) => sum + countWords(textOf(node)), 0);
}

/** The body's blocks that hold text, in order. */
export function writtenBlocks(section: OutlineSection | undefined): (Block & { text: string })[] {
  return (section?.blocks ?? [])
    .map((block) => ({ ...block, text: textOf(block.node).trim() }))
    .filter((block) => block.text.length > 0);
}

/**
 * Where a part that falls short should be written: under its heading when
 * the heading is there, otherwise at the end, where a new heading would go.
 */
export function partAnchor(
  section: OutlineSection | undefined,
): { kind: "after"; index: number } | { kind: "end" } {
  return section?.heading ? { kind: "after", index: section.heading.index } : { kind: "end" };
}

/** Every node in a subtree, with the top-level block it sits in. */
export function* descendants(
  doc: JSONContent,
): Generator<{ node: JSONContent; blockIndex: number }> {
  const stack: { node: JSONContent; blockIndex: number }[] = childrenOf(doc)
    .map((node, blockIndex) => ({ node, blockIndex }))
    .reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    yield item;
    stack.push(
      ...childrenOf(item.node)
        .map((node) => ({ node, blockIndex: item.blockIndex }))
        .reverse(),
    );
  }
}
