import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initProseMirrorDoc, prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import type { Node } from "@tiptap/pm/model";
import { editorSchema } from "@/editor/document";
import { YJS_FIELD } from "@/editor/extensions";
import { anchorOfRange, resolveAnchor, type AnchorBinding } from "./anchors";
import { decodeAnchorPosition, fromBase64, toBase64 } from "./anchor-bytes";

const paragraph = (text: string) => ({
  type: "paragraph",
  content: text ? [{ type: "text", text }] : [],
});

/** A Yjs document of paragraphs, as the collab server holds it. */
function yDocOf(...paragraphs: string[]): Y.Doc {
  return prosemirrorJSONToYDoc(
    editorSchema(),
    { type: "doc", content: paragraphs.map(paragraph) },
    YJS_FIELD,
  );
}

/** The document rendered as ProseMirror, with the mapping the sync plugin would hold. */
function bind(doc: Y.Doc): AnchorBinding & { pm: Node } {
  const type = doc.getXmlFragment(YJS_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(type, editorSchema());
  return { doc, type, mapping, pm };
}

/** ProseMirror range of `text`'s first occurrence in the document. */
function rangeOf(pm: Node, text: string): { from: number; to: number } {
  const found: { from: number; to: number }[] = [];
  pm.descendants((node, pos) => {
    const index = node.isText ? (node.text?.indexOf(text) ?? -1) : -1;
    if (index >= 0) found.push({ from: pos + index, to: pos + index + text.length });
    return found.length === 0;
  });
  if (!found[0]) throw new Error(`"${text}" not in the document`);
  return found[0];
}

/** Begins a thread on `text`, and reads where its passage is after `edit` (from a collaborator). */
function passageAfter(paragraphs: string[], text: string, edit: (fragment: Y.XmlFragment) => void) {
  const doc = yDocOf(...paragraphs);
  const before = bind(doc);
  const anchor = anchorOfRange(before, rangeOf(before.pm, text));
  // The collaborator's edit arrives as a Yjs update, as it would over the socket.
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(doc));
  theirs.transact(() => edit(theirs.getXmlFragment(YJS_FIELD)));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(doc)));
  const after = bind(doc);
  const range = resolveAnchor(after, anchor);
  return range ? after.pm.textBetween(range.from, range.to) : null;
}

/** The text of the `index`th paragraph. */
const textOf = (fragment: Y.XmlFragment, index: number) =>
  (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;

const PARAGRAPHS = [
  "Larkspur Market puts refunds back on your card before you leave the store.",
  "No receipt, no queue, no waiting.",
];

describe("comment anchors", () => {
  it("resolve to the passage they were made from", () => {
    expect(passageAfter(PARAGRAPHS, "refunds back on your card", () => {})).toBe(
      "refunds back on your card",
    );
    expect(passageAfter(PARAGRAPHS, "No receipt", () => {})).toBe("No receipt");
  });

  it("stay on the passage while text is typed before it, right up against it", () => {
    expect(
      passageAfter(PARAGRAPHS, "refunds back", (fragment) => {
        textOf(fragment, 0).insert(0, "Today, ");
        textOf(fragment, 0).insert("Today, Larkspur Market puts ".length, "instant ");
      }),
    ).toBe("refunds back");
  });

  it("stay on the passage when text is typed right after it or in another paragraph", () => {
    expect(
      passageAfter(PARAGRAPHS, "Larkspur Market", (fragment) => {
        textOf(fragment, 0).insert("Larkspur Market".length, "'s stores");
        textOf(fragment, 1).insert(0, "Really. ");
      }),
    ).toBe("Larkspur Market");
  });

  it("grow when text is typed inside the passage, and shrink when part of it is deleted", () => {
    const start = PARAGRAPHS[0]!.indexOf("refunds");
    expect(
      passageAfter(PARAGRAPHS, "refunds back on your card", (fragment) => {
        textOf(fragment, 0).insert(start + "refunds".length, " (all of them)");
      }),
    ).toBe("refunds (all of them) back on your card");
    expect(
      passageAfter(PARAGRAPHS, "refunds back on your card", (fragment) => {
        textOf(fragment, 0).delete(start, "refunds ".length);
      }),
    ).toBe("back on your card");
  });

  it("are gone when the passage's text is deleted, even if text is typed in its place", () => {
    const start = PARAGRAPHS[0]!.indexOf("refunds back");
    expect(
      passageAfter(PARAGRAPHS, "refunds back", (fragment) => {
        textOf(fragment, 0).delete(start, "refunds back".length);
      }),
    ).toBeNull();
    expect(
      passageAfter(PARAGRAPHS, "refunds back", (fragment) => {
        textOf(fragment, 0).delete(start, "refunds back".length);
        textOf(fragment, 0).insert(start, "money returned");
      }),
    ).toBeNull();
  });

  it("are gone when the passage's paragraph is deleted, and follow it when paragraphs move up", () => {
    expect(passageAfter(PARAGRAPHS, "no queue", (fragment) => fragment.delete(1, 1))).toBeNull();
    expect(passageAfter(PARAGRAPHS, "no queue", (fragment) => fragment.delete(0, 1))).toBe(
      "no queue",
    );
  });

  it("span paragraphs", () => {
    const doc = yDocOf(...PARAGRAPHS);
    const bound = bind(doc);
    const from = rangeOf(bound.pm, "the store.").from;
    const to = rangeOf(bound.pm, "No receipt").to;
    const anchor = anchorOfRange(bound, { from, to });
    expect(resolveAnchor(bind(doc), anchor)).toEqual({ from, to });
  });

  it("resolve to nothing against another document", () => {
    const bound = bind(yDocOf(...PARAGRAPHS));
    const anchor = anchorOfRange(bound, rangeOf(bound.pm, "No receipt"));
    expect(resolveAnchor(bind(yDocOf(...PARAGRAPHS)), anchor)).toBeNull();
  });
});

describe("anchor bytes", () => {
  it("round-trip through base64 and decode to a relative position", () => {
    const bound = bind(yDocOf(...PARAGRAPHS));
    const { start } = anchorOfRange(bound, rangeOf(bound.pm, "No receipt"));
    const text = toBase64(start);
    expect(fromBase64(text)).toEqual(start);
    expect(decodeAnchorPosition(start)).not.toBeNull();
  });

  it("refuse what is not exactly one encoded relative position", () => {
    const bound = bind(yDocOf(...PARAGRAPHS));
    const { start } = anchorOfRange(bound, rangeOf(bound.pm, "No receipt"));
    for (const bad of [
      new Uint8Array(),
      new Uint8Array([7]),
      new Uint8Array([0]),
      start.slice(0, 2),
      new Uint8Array([...start, 1]),
      new Uint8Array(200).fill(1),
    ])
      expect(decodeAnchorPosition(bad)).toBeNull();
    for (const bad of ["%%%", "abc", "YQ=", "YQ==YQ=="]) expect(fromBase64(bad)).toBeNull();
  });
});
