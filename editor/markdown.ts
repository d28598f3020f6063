/**
 * A PR/FAQ as one Markdown file, written by the editor's own Markdown support
 * (@tiptap/markdown) over the one schema, whose nodes know their Markdown
 * (editor/extensions: figures, FAQ entries, links, paragraphs, code). The
 * whole file is one editor document, so the title, the customer's answers
 * and the headings of each part are escaped the same way as the text.
 * Pure and DOM-free: the export routes call it on the server.
 */
import type { JSONContent } from "@tiptap/core";
import { MarkdownManager } from "@tiptap/markdown";
import { CUSTOMER_QUESTIONS, type CustomerAnswers } from "@/lib/customer-questions";
import { STAGE_INFO, type Stage } from "@/lib/stages";
import { assetSrc, editorExtensions } from "./extensions";

/** One stage of the file: what the reader sees of it. */
export type MarkdownPart = {
  stage: Stage;
  /** The stage's editor JSON; null when nothing has been written. */
  content: JSONContent | null;
  /** For stages not complete on the document view ("Draft"): beside the stage's name. */
  draftLabel?: string;
};

export type DocumentMarkdownOptions = {
  title: string;
  /** Paragraphs under the title: "Published … · version N", the note, where to read it online. */
  meta: MarkdownMetaLine[];
  customer: CustomerAnswers;
  parts: MarkdownPart[];
  /** The absolute URL at which this file's reader may load an uploaded image, by asset id. */
  assetUrl: (assetId: string) => string;
};

/** A line under the title: plain text, or a link to the document online. */
export type MarkdownMetaLine = string | { text: string; href: string };

/** Parts' own headings sit under the title (#) and the part's name (##). */
const HEADING_SHIFT = 2;
/** An FAQ question is a level-3 heading in the editor (editor/extensions/faq-entry.ts). */
const QUESTION_LEVEL = 3;

let manager: MarkdownManager | undefined;

/**
 * One manager per process: each one registers the schema's tokenizers with
 * the shared `marked` instance, so making one per export would pile them up.
 */
function markdownManager(): MarkdownManager {
  manager ??= new MarkdownManager({ extensions: editorExtensions() });
  return manager;
}

const text = (value: string, marks?: JSONContent["marks"]): JSONContent =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const heading = (level: number, value: string): JSONContent => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});

/** The file's Markdown: `# Title`, the meta lines, the customer, then `## <Stage>` per part. */
export function documentMarkdown({
  title,
  meta,
  customer,
  parts,
  assetUrl,
}: DocumentMarkdownOptions): string {
  const answered = CUSTOMER_QUESTIONS.filter((question) => customer[question.field].trim());
  const blocks: JSONContent[] = [
    heading(1, title),
    ...meta.map((line) =>
      typeof line === "string"
        ? paragraph(text(line))
        : paragraph(text(line.text, [{ type: "link", attrs: { href: line.href } }])),
    ),
    ...(answered.length ? [heading(2, "The customer")] : []),
    ...answered.flatMap((question) => [
      paragraph(text(question.label, [{ type: "bold" }])),
      paragraph(text(customer[question.field].trim())),
    ]),
    ...parts.flatMap((part) => {
      const name = STAGE_INFO[part.stage].label;
      const written = part.content ? exportedBlocks(part.content, assetUrl) : [];
      return [
        heading(2, part.draftLabel ? `${name} (${part.draftLabel})` : name),
        ...(written.length
          ? written
          : [paragraph(text("Nothing written yet.", [{ type: "italic" }]))]),
      ];
    }),
  ];
  return `${markdownManager().serialize({ type: "doc", content: blocks }).trim()}\n`;
}

/** A part's blocks as they go into the file (see exportedNode). */
function exportedBlocks(content: JSONContent, assetUrl: (assetId: string) => string) {
  return (content.content ?? []).map((node) => exportedNode(node, assetUrl, false));
}

/**
 * A node as the file needs it, the stored document untouched:
 * - headings two levels down, FAQ questions with them (as headings);
 * - a figure's image at the reader's absolute URL, only for our own assets;
 * - inline code holding a backtick as plain text: a mark's Markdown cannot
 *   see its text to fence it longer, and a short fence would let the rest
 *   of the line out of the code span;
 * - "|" in a table cell as "∣": the table's Markdown does not escape it, and
 *   it would split the cell.
 */
function exportedNode(
  node: JSONContent,
  assetUrl: (assetId: string) => string,
  inCell: boolean,
): JSONContent {
  if (node.type === "text") {
    const marks = node.marks?.filter((mark) => !(mark.type === "code" && node.text?.includes("`")));
    const value = inCell ? (node.text ?? "").replace(/\|/g, "∣") : node.text;
    return { ...node, text: value, marks };
  }
  const cell = inCell || node.type === "tableCell" || node.type === "tableHeader";
  const content = node.content?.map((child) => exportedNode(child, assetUrl, cell));
  if (node.type === "heading") {
    const level = Math.min(Math.max(Number(node.attrs?.level) || 1, 1), 3);
    return { ...node, attrs: { ...node.attrs, level: level + HEADING_SHIFT }, content };
  }
  if (node.type === "faqQuestion") {
    return { type: "heading", attrs: { level: QUESTION_LEVEL + HEADING_SHIFT }, content };
  }
  if (node.type === "figure") {
    const src = assetSrc(node.attrs?.src);
    const assetId = src?.slice("/api/assets/".length);
    return { ...node, attrs: { ...node.attrs, src: assetId ? assetUrl(assetId) : null }, content };
  }
  return content ? { ...node, content } : node;
}
