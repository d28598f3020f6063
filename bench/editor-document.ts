/**
 * The documents the editor benchmark opens: the press release template with
 * `words` words of prose after it, the last paragraph ending in SENTINEL so
 * the page can tell when the whole text is on screen.
 */
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { jsonYDoc } from "@/editor/document";
import { templateDocument } from "@/editor/templates";

/** The last word of every benchmark document: found in the last paragraphs once everything has rendered. */
export const SENTINEL = "benchmarkend";

const VOCABULARY =
  "customers return items in store and get their money back at once without waiting for the card " +
  "refund to clear because the register pays out from a float the bank settles overnight";
const WORDS = VOCABULARY.split(" ");
const WORDS_PER_PARAGRAPH = 50;

/** The editor JSON of a document of `words` words (template headings not counted). */
export function benchDocumentJSON(words: number): JSONContent {
  const template = templateDocument("PRESS_RELEASE");
  const paragraphs: JSONContent[] = [];
  for (let written = 0; written < words; written += WORDS_PER_PARAGRAPH) {
    const count = Math.min(WORDS_PER_PARAGRAPH, words - written);
    const text = Array.from({ length: count }, (_, i) => WORDS[(written + i) % WORDS.length] ?? "");
    if (written + count >= words) text[text.length - 1] = SENTINEL;
    paragraphs.push({ type: "paragraph", content: [{ type: "text", text: `${text.join(" ")}.` }] });
  }
  return { type: "doc", content: [...template.content, ...paragraphs] };
}

/** The same document as a Yjs update, as the collab server would store it. */
export function benchDocumentUpdate(words: number): Uint8Array {
  const doc: Y.Doc = jsonYDoc(benchDocumentJSON(words));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
