/**
 * Two of StarterKit's blocks with Markdown that cannot be subverted by their
 * text: the schema is theirs unchanged (same names, content and HTML); only
 * `renderMarkdown` differs. @tiptap/markdown writes a paragraph's text as is
 * at the start of a line, where "# " or "1. " would begin a block of its own,
 * and fences code with three backticks whatever the code holds.
 */
import { CodeBlock } from "@tiptap/extension-code-block";
import { Paragraph } from "@tiptap/extension-paragraph";
import { escapeBlockStarts, fencedCode } from "./markdown-syntax";

const paragraphMarkdown = Paragraph.config.renderMarkdown;

/** A paragraph whose lines never turn into headings or list items in Markdown. */
export const MarkdownSafeParagraph = Paragraph.extend({
  renderMarkdown: (node, helpers, context) =>
    escapeBlockStarts(paragraphMarkdown?.(node, helpers, context) ?? ""),
});

/** A code block fenced longer than any run of backticks in its code. */
export const MarkdownSafeCodeBlock = CodeBlock.extend({
  renderMarkdown: (node, helpers) =>
    fencedCode(node.content ? helpers.renderChildren(node.content) : "", node.attrs?.language),
});
