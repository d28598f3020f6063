/**
 * Converting between the shapes a section's document takes: the Yjs state the
 * collab server holds, the editor JSON readers and checks use, and plain text.
 * Pure and DOM-free, so the collab server and the app can both use it.
 */
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { assetSrc, editorExtensions, YJS_FIELD } from "./extensions";
import { templateDocument } from "./templates";
import type { Stage } from "@/lib/stages";

let schema: Schema | undefined;

/** The ProseMirror schema of `editorExtensions()`, built once. */
export function editorSchema(): Schema {
  schema ??= getSchema(editorExtensions());
  return schema;
}

/** A new Yjs document holding editor JSON, in the field the editor and the collab server use. */
export function jsonYDoc(json: JSONContent): Y.Doc {
  return prosemirrorJSONToYDoc(editorSchema(), json, YJS_FIELD);
}

/** A new Yjs document holding the stage's template. Only the server calls this. */
export function templateYDoc(stage: Stage): Y.Doc {
  return jsonYDoc(templateDocument(stage));
}

/** A Yjs document from plain text, one paragraph per line (text saved before the editor existed). */
export function plainTextYDoc(text: string): Y.Doc {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) =>
      line.trim()
        ? { type: "paragraph", content: [{ type: "text", text: line }] }
        : { type: "paragraph" },
    );
  return jsonYDoc({ type: "doc", content: paragraphs });
}

/** What gets stored beside the Yjs state. */
export type DocumentSnapshot = {
  json: JSONContent;
  text: string;
  wordCount: number;
};

function plainText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, "\n\n", (leaf) =>
    leaf.type.name === "hardBreak" ? "\n" : "",
  );
}

/** The editor JSON, plain text and word count of a Yjs document. */
export function snapshotOf(doc: Y.Doc): DocumentSnapshot {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(YJS_FIELD), editorSchema());
  const text = plainText(node);
  return { json: node.toJSON() as JSONContent, text, wordCount: countWords(text) };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Whether people have written anything: text outside headings, or an image.
 * Template headings alone (and the prompts, which are never stored) do not
 * count, so a stage cannot be completed straight from its template.
 */
export function hasWrittenContent(json: JSONContent | null | undefined): boolean {
  if (!json) return false;
  if (json.type === "figure" && assetSrc(json.attrs?.src)) return true;
  if (json.type === "heading") return false;
  if (json.type === "text") return Boolean(json.text?.trim());
  return (json.content ?? []).some(hasWrittenContent);
}
