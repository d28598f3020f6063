import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { templateDocument } from "@/editor/templates";
import { checkStage } from ".";
import { GOOD_CUSTOMER } from "./fixtures/good-press-release";
import { bulletList, doc, heading, paragraph, replacePart, sectionsOf } from "./fixtures/doc";

function passed(document: JSONContent) {
  const report = checkStage("FEASIBILITY", document, { customer: GOOD_CUSTOMER });
  return Object.fromEntries(report.checks.map((check) => [check.id, check.passed]));
}

const GOOD = doc(
  heading("Approach", "approach"),
  paragraph("Refund through the card network's real-time credit."),
  heading("Risks", "risks"),
  bulletList("The card network may not approve real-time credits for all issuers."),
  heading("Dependencies", "dependencies"),
  bulletList("Payments API", "Store point-of-sale team"),
  heading("Open questions", "open-questions"),
  paragraph("Who covers a refund that the issuer reverses? Finance will answer by June."),
  heading("Estimate", "estimate"),
  paragraph("Six engineers for one quarter, medium confidence."),
);

const ALL = { risks: true, dependencies: true, "open-questions": true, estimate: true };

describe("feasibility", () => {
  it("passes with every part written, as prose or a list", () => {
    expect(passed(GOOD)).toEqual(ALL);
  });

  it("fails every item on the untouched template, under each heading", () => {
    const report = checkStage("FEASIBILITY", templateDocument("FEASIBILITY"), {
      customer: GOOD_CUSTOMER,
    });
    expect(report.failing.map((check) => [check.id, check.anchor])).toEqual([
      ["risks", { kind: "after", index: 2 }],
      ["dependencies", { kind: "after", index: 4 }],
      ["open-questions", { kind: "after", index: 6 }],
      ["estimate", { kind: "after", index: 8 }],
    ]);
    expect(report.failing).toHaveLength(report.total);
  });

  it("fails only the parts left empty, or holding a placeholder", () => {
    const partial = replacePart(
      replacePart(GOOD, "estimate", paragraph("TBD")),
      "risks",
      bulletList(""),
    );
    expect(passed(partial)).toEqual({ ...ALL, risks: false, estimate: false });
  });

  it("fails a part whose heading is gone, pointing at the end", () => {
    const noEstimate = doc(...sectionsOf(GOOD).slice(0, -1).flat());
    const report = checkStage("FEASIBILITY", noEstimate, { customer: GOOD_CUSTOMER });
    expect(report.failing.map((check) => [check.id, check.anchor])).toEqual([
      ["estimate", { kind: "end" }],
    ]);
  });

  it("passes with headings renamed, reordered or retyped", () => {
    const sections = sectionsOf(GOOD);
    expect(passed(doc(...sections.reverse().flat()))).toEqual(ALL);
    const retyped = doc(
      ...sectionsOf(GOOD).flatMap(([first, ...rest]) => [
        { ...first, attrs: { level: 1 } },
        ...rest,
      ]),
    );
    expect(passed(retyped)).toEqual(ALL);
    const renamed = doc(
      ...sectionsOf(GOOD).flatMap(([first, ...rest]) => [
        { ...first, content: [{ type: "text", text: "Notes" }] },
        ...rest,
      ]),
    );
    expect(passed(renamed)).toEqual(ALL);
  });

  it("does not count the words of the heading", () => {
    expect(passed(doc(heading("Estimate: six engineers for a quarter", "estimate"))).estimate).toBe(
      false,
    );
  });
});
