/**
 * The one editor schema. The browser editor, the collab server (templates,
 * JSON and text) and the reader page all build from `editorExtensions()`, so
 * a document means the same thing everywhere. Browser-only behaviour
 * (collaboration, carets, placeholders, menus) is added on top in
 * components/editor, never here: this module must load in plain Node.
 */
import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import { TableKit } from "@tiptap/extension-table";
import { Figure } from "./figure";
import { Link } from "@tiptap/extension-link";
import { HeadingPart } from "./heading-part";
import { FaqAnswer, FaqEntry, FaqQuestion } from "./faq-entry";
import { MarkdownSafeCodeBlock, MarkdownSafeParagraph } from "./markdown-blocks";
import { markdownDestination, safeHref } from "./markdown-syntax";

export { Figure, ASSET_URL_PATTERN, assetSrc } from "./figure";
export { FaqEntry, FaqQuestion, FaqAnswer, emptyFaqEntry } from "./faq-entry";

/**
 * A link holds only where it goes (and a title): `rel`, `target` and `class`
 * are not stored, so every link renders with the fixed attributes above,
 * whatever a client wrote into the shared document (a `target="_blank"`
 * without `rel`, or classes of its choosing). In Markdown, a link that does
 * not go to a web page or an email address is only its text (the shared
 * document accepts any href a client writes, so it is checked here too).
 */
const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute("href") },
      title: { default: null },
    };
  },
  renderMarkdown: (node, helpers) => {
    const text = helpers.renderChildren(node);
    const href = safeHref(node.attrs?.href);
    return href ? `[${text}](${markdownDestination(href)})` : text;
  },
});

/** The Yjs XML fragment that holds the document, shared by client and server. */
export const YJS_FIELD = "default";

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager, which undoes only this person's changes.
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      link: false, // ours, below
      // Ours too, below: the same nodes, with Markdown their text cannot subvert.
      paragraph: false,
      codeBlock: false,
    }),
    MarkdownSafeParagraph,
    MarkdownSafeCodeBlock,
    SafeLink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      // Links go to web pages or email, nothing else (no javascript:, data:, tel:…).
      isAllowedUri: (url, { defaultValidate }) =>
        defaultValidate(url) && safeHref(url) !== undefined,
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    Figure,
    FaqEntry,
    FaqQuestion,
    FaqAnswer,
    HeadingPart,
  ];
}
