/**
 * The headings of a rendered document and their anchors, shared by the
 * renderer (components/publication/document-content.tsx), which puts the ids
 * on the headings, and the table of contents, which links to them. Both
 * number every heading node in document order, so they always agree.
 */
import type { JSONContent } from "@tiptap/core";
import { textOf } from "@/lib/checks/outline";

/** The anchor of the `index`-th heading (0-based, in document order) of a part. */
export function headingId(prefix: string, index: number): string {
  return `${prefix}-${index + 1}`;
}

export type DocumentHeading = { id: string; text: string; level: number };

/**
 * The level-1 and level-2 headings of a document with their anchors, for a
 * table of contents (level 3 is for sub-points and FAQ questions).
 */
export function documentHeadings(prefix: string, content: JSONContent): DocumentHeading[] {
  const headings: DocumentHeading[] = [];
  let index = 0;
  const visit = (node: JSONContent) => {
    if (node.type === "heading") {
      const level = Number(node.attrs?.level ?? 1);
      const text = textOf(node).trim();
      if (level <= 2 && text) headings.push({ id: headingId(prefix, index), text, level });
      index += 1;
      return;
    }
    node.content?.forEach(visit);
  };
  visit(content);
  return headings;
}
