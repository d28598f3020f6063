import type { Editor, Range } from "@tiptap/core";
import { insertFaqEntry } from "@/editor/faq-entry-commands";
import {
  CodeXmlIcon,
  Heading1Icon,
  Heading2Icon,
  Heading3Icon,
  ImageIcon,
  ListIcon,
  ListOrderedIcon,
  ListTodoIcon,
  MessageCircleQuestionMarkIcon,
  MinusIcon,
  QuoteIcon,
  TableIcon,
  type LucideIcon,
} from "lucide-react";

/** One block the slash menu can insert. */
export type SlashItem = {
  id: string;
  title: string;
  description: string;
  /** Other words people type for it. */
  keywords: string[];
  icon: LucideIcon;
  run: (editor: Editor, range: Range) => void;
};

/** Removes the typed "/query", then turns the line into the block. */
const block = (editor: Editor, range: Range) => editor.chain().focus().deleteRange(range);

export const SLASH_ITEMS: SlashItem[] = [
  {
    id: "heading-1",
    title: "Heading 1",
    description: "A title",
    keywords: ["h1", "title"],
    icon: Heading1Icon,
    run: (editor, range) => block(editor, range).setNode("heading", { level: 1 }).run(),
  },
  {
    id: "heading-2",
    title: "Heading 2",
    description: "A section",
    keywords: ["h2", "section"],
    icon: Heading2Icon,
    run: (editor, range) => block(editor, range).setNode("heading", { level: 2 }).run(),
  },
  {
    id: "heading-3",
    title: "Heading 3",
    description: "A subsection",
    keywords: ["h3", "subsection"],
    icon: Heading3Icon,
    run: (editor, range) => block(editor, range).setNode("heading", { level: 3 }).run(),
  },
  {
    id: "bullet-list",
    title: "Bulleted list",
    description: "Points in no particular order",
    keywords: ["ul", "bullet", "unordered"],
    icon: ListIcon,
    run: (editor, range) => block(editor, range).toggleBulletList().run(),
  },
  {
    id: "ordered-list",
    title: "Numbered list",
    description: "Steps in order",
    keywords: ["ol", "ordered", "steps"],
    icon: ListOrderedIcon,
    run: (editor, range) => block(editor, range).toggleOrderedList().run(),
  },
  {
    id: "task-list",
    title: "Task list",
    description: "Things to do, with checkboxes",
    keywords: ["todo", "checkbox", "check"],
    icon: ListTodoIcon,
    run: (editor, range) => block(editor, range).toggleTaskList().run(),
  },
  {
    id: "quote",
    title: "Quote",
    description: "What a customer or leader said",
    keywords: ["blockquote", "citation"],
    icon: QuoteIcon,
    run: (editor, range) => block(editor, range).toggleBlockquote().run(),
  },
  {
    id: "faq-entry",
    title: "FAQ entry",
    description: "A question and its answer",
    keywords: ["faq", "question", "answer", "q&a"],
    icon: MessageCircleQuestionMarkIcon,
    // An empty line becomes the entry; elsewhere it goes below the current block.
    run: (editor, range) =>
      block(editor, range)
        .command(({ tr }) => insertFaqEntry(tr))
        .run(),
  },
  {
    id: "code-block",
    title: "Code block",
    description: "Code or commands, as typed",
    keywords: ["code", "pre", "snippet"],
    icon: CodeXmlIcon,
    run: (editor, range) => block(editor, range).setCodeBlock().run(),
  },
  {
    id: "table",
    title: "Table",
    description: "3 × 3 with a header row",
    keywords: ["grid", "columns"],
    icon: TableIcon,
    run: (editor, range) =>
      block(editor, range).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  {
    id: "divider",
    title: "Divider",
    description: "A line between parts",
    keywords: ["hr", "rule", "separator", "line"],
    icon: MinusIcon,
    // With a paragraph after it, so writing goes on below the line (not in the next heading).
    run: (editor, range) =>
      block(editor, range)
        .insertContent([{ type: "horizontalRule" }, { type: "paragraph" }])
        .run(),
  },
  {
    id: "image",
    title: "Image",
    description: "Upload a PNG, JPEG, WebP or GIF",
    keywords: ["picture", "photo", "screenshot", "mockup", "upload"],
    icon: ImageIcon,
    run: (editor, range) => block(editor, range).pickImages().run(),
  },
];

/** The items matching what was typed after the slash, best matches first. */
export function filterSlashItems(query: string): SlashItem[] {
  const q = query.trim().toLowerCase();
  if (!q) return SLASH_ITEMS;
  const score = (item: SlashItem) => {
    const title = item.title.toLowerCase();
    if (title.startsWith(q)) return 0;
    if (item.keywords.some((keyword) => keyword.startsWith(q))) return 1;
    if (title.includes(q)) return 2;
    return undefined;
  };
  return SLASH_ITEMS.map((item) => ({ item, rank: score(item) }))
    .filter((entry): entry is { item: SlashItem; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.item);
}
