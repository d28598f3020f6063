import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import {
  blocksOf,
  countChanges,
  diffDocuments,
  foldUnchanged,
  type DiffBlock,
} from "./version-diff";

const p = (text: string): JSONContent => ({
  type: "paragraph",
  content: text ? [{ type: "text", text }] : [],
});
const h = (text: string, level = 2): JSONContent => ({
  type: "heading",
  attrs: { level },
  content: [{ type: "text", text }],
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

/** A compact picture of a diff: kind, then the spans marked +added / -removed. */
const show = (blocks: DiffBlock[]) =>
  blocks.map((block) =>
    [
      block.kind,
      block.spans
        .map((span) =>
          span.change === "added"
            ? `+${span.text}`
            : span.change === "removed"
              ? `-${span.text}`
              : span.text,
        )
        .join("|"),
    ].join(": "),
  );

describe("diffDocuments", () => {
  it("finds nothing between equal documents", () => {
    const blocks = diffDocuments(
      doc(h("Headline"), p("Refunds")),
      doc(h("Headline"), p("Refunds")),
    );
    expect(show(blocks)).toEqual(["same: Headline", "same: Refunds"]);
    expect(countChanges(blocks)).toBe(0);
  });

  it("shows a block added and a block removed whole", () => {
    expect(
      show(diffDocuments(doc(p("One"), p("Two")), doc(p("One"), p("Two"), p("Three")))),
    ).toEqual(["same: One", "same: Two", "added: +Three"]);
    expect(
      show(diffDocuments(doc(p("One"), p("Two"), p("Three")), doc(p("One"), p("Three")))),
    ).toEqual(["same: One", "removed: -Two", "same: Three"]);
  });

  it("compares the words of a block changed in place", () => {
    const blocks = diffDocuments(
      doc(p("Refunds arrive in five days.")),
      doc(p("Refunds arrive in one day.")),
    );
    expect(show(blocks)).toEqual(["changed: Refunds arrive in |-five days|+one day|."]);
    expect(countChanges(blocks)).toBe(1);
  });

  it("reads a moved block as removed where it was and added where it is", () => {
    const blocks = diffDocuments(doc(p("A"), p("B"), p("C")), doc(p("B"), p("C"), p("A")));
    expect(show(blocks)).toEqual(["removed: -A", "same: B", "same: C", "added: +A"]);
  });

  it("pairs as many changed blocks as were replaced, the rest whole", () => {
    const blocks = diffDocuments(
      doc(p("Keep"), p("old one")),
      doc(p("Keep"), p("new one"), p("extra")),
    );
    expect(show(blocks)).toEqual(["same: Keep", "changed: -old|+new| one", "added: +extra"]);
  });

  it("treats a paragraph turned into a heading as a change of that block", () => {
    const blocks = diffDocuments(doc(p("Why now")), doc(h("Why now")));
    expect(blocks).toEqual([
      { kind: "changed", type: "heading", level: 2, spans: [{ text: "Why now", change: "same" }] },
    ]);
  });

  it("copes with empty and missing documents", () => {
    expect(diffDocuments(null, undefined)).toEqual([]);
    expect(show(diffDocuments(null, doc(p("First"))))).toEqual(["added: +First"]);
    expect(show(diffDocuments(doc(p("")), doc(p(""))))).toEqual(["same: "]);
  });

  it("keeps document text as text, markup included", () => {
    const blocks = diffDocuments(doc(p("safe")), doc(p("<img src=x onerror=alert(1)>")));
    expect(blocks[0]?.spans.map((span) => span.text).join("")).toContain("<img src=x");
  });
});

describe("blocksOf", () => {
  it("reads nested blocks a line each, hard breaks as new lines and figures by their caption", () => {
    const list: JSONContent = {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p("First")] },
        { type: "listItem", content: [p("Second")] },
      ],
    };
    const figure: JSONContent = {
      type: "figure",
      attrs: { src: "/api/assets/x" },
      content: [{ type: "text", text: "The refund screen" }],
    };
    const broken: JSONContent = {
      type: "paragraph",
      content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b" }],
    };
    expect(blocksOf(doc(list, figure, broken))).toEqual([
      { type: "bulletList", text: "First\nSecond" },
      { type: "figure", text: "[Image] The refund screen" },
      { type: "paragraph", text: "a\nb" },
    ]);
  });
});

describe("foldUnchanged", () => {
  const same = (text: string): DiffBlock => ({
    kind: "same",
    type: "paragraph",
    spans: [{ text, change: "same" }],
  });
  const added = (text: string): DiffBlock => ({
    kind: "added",
    type: "paragraph",
    spans: [{ text, change: "added" }],
  });
  const picture = (items: ReturnType<typeof foldUnchanged>) =>
    items.map((item) =>
      item.kind === "folded" ? `…${item.blocks.length}` : (item.block.spans[0]?.text ?? ""),
    );

  it("folds long unchanged stretches, keeping a block of context beside each change", () => {
    const blocks = ["a", "b", "c", "d"]
      .map(same)
      .concat(added("new"), ...["e", "f", "g", "h", "i"].map(same));
    expect(picture(foldUnchanged(blocks))).toEqual(["…3", "d", "new", "e", "…4"]);
  });

  it("leaves short stretches, and a diff without changes, whole; drops empty unchanged blocks", () => {
    expect(picture(foldUnchanged([same("a"), added("x"), same("b"), same("c")]))).toEqual([
      "a",
      "x",
      "b",
      "c",
    ]);
    expect(picture(foldUnchanged(["a", "b", "c", "d", "e"].map(same)))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
    expect(picture(foldUnchanged([same(""), same("a"), added("x")]))).toEqual(["a", "x"]);
  });
});
