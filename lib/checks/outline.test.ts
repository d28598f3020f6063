import { describe, expect, it } from "vitest";
import {
  bodyWords,
  descendants,
  findPart,
  findParts,
  outline,
  partAnchor,
  textOf,
  writtenWords,
} from "./outline";
import { doc, heading, orderedList, paragraph } from "./fixtures/doc";
import { templateDocument } from "@/editor/templates";

const SPECS = [
  { id: "problem", names: /problem/i },
  { id: "customer-quote", names: /customer.*quote/i },
] as const;

describe("outline", () => {
  it("cuts at level 1 and 2 headings and keeps level 3 inside", () => {
    const sections = outline(
      doc(paragraph("Intro"), heading("A", "a"), heading("Sub", undefined, 3), paragraph("x")),
    );
    expect(sections.map((section) => section.heading?.text)).toEqual([undefined, "A"]);
    expect(sections[1]?.blocks.map((block) => block.index)).toEqual([2, 3]);
    expect(sections[1]?.heading?.part).toBe("a");
  });

  it("reads malformed JSON as empty rather than throwing", () => {
    const bad = { type: "doc", content: [null, 3, { type: "paragraph", content: "x" }] };
    expect(() => outline(bad as never)).not.toThrow();
    expect(textOf({ type: "text", text: 42 } as never)).toBe("");
  });

  it("joins blocks in blocks with newlines and keeps hard breaks", () => {
    expect(textOf(orderedList("one", "two"))).toBe("one\ntwo");
    expect(textOf(paragraph("a\nb"))).toBe("a\nb");
  });
});

describe("finding parts", () => {
  it("prefers the part attribute, then the heading's words", () => {
    const sections = outline(doc(heading("Problems we saw"), heading("Renamed", "problem")));
    expect(findPart(sections, "problem", /problem/i)?.heading?.text).toBe("Renamed");
    expect(findParts(sections, SPECS).problem?.heading?.text).toBe("Renamed");
  });

  it("does not take another part's heading by its words", () => {
    // "The customer quote problem" carries the problem part: it is not the customer quote.
    const sections = outline(doc(heading("The customer quote problem", "problem")));
    const parts = findParts(sections, SPECS);
    expect(parts.problem).toBeDefined();
    expect(parts["customer-quote"]).toBeUndefined();
  });

  it("treats a part the stage does not define as no part", () => {
    const sections = outline(doc(heading("The problem", "external")));
    expect(findParts(sections, SPECS).problem?.heading?.text).toBe("The problem");
  });

  it("anchors under the heading, or at the end without one", () => {
    const sections = outline(doc(paragraph("x"), heading("The problem", "problem")));
    expect(partAnchor(findParts(sections, SPECS).problem)).toEqual({ kind: "after", index: 1 });
    expect(partAnchor(undefined)).toEqual({ kind: "end" });
  });
});

describe("counting what is written", () => {
  it("counts no words in an untouched template", () => {
    expect(writtenWords(templateDocument("PRESS_RELEASE"))).toBe(0);
  });

  it("does not count placeholders", () => {
    const [section] = outline(doc(heading("Estimate"), paragraph("TBD"), paragraph("…")));
    expect(bodyWords(section)).toBe(0);
  });

  it("visits nested nodes with their top-level block", () => {
    const nodes = [...descendants(doc(paragraph("a"), orderedList("b")))];
    expect(
      nodes.filter((node) => node.node.type === "text").map((node) => node.blockIndex),
    ).toEqual([0, 1]);
  });
});
