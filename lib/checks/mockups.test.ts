import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { templateDocument } from "@/editor/templates";
import { checkStage } from ".";
import { GOOD_CUSTOMER } from "./fixtures/good-press-release";
import { bulletList, doc, figure, heading, paragraph } from "./fixtures/doc";

function results(document: JSONContent) {
  const report = checkStage("MOCKUPS", document, { customer: GOOD_CUSTOMER });
  return Object.fromEntries(report.checks.map((check) => [check.id, check]));
}

const SRC = "/api/assets/abc123";
const good = (alt = "The refund screen", caption = "The refund shows on the card reader") =>
  figure(SRC, alt, caption);

describe("mockups", () => {
  it("passes with captioned, described images", () => {
    const report = checkStage("MOCKUPS", doc(heading("Screens", "screens"), good(), good()), {
      customer: GOOD_CUSTOMER,
    });
    expect(report.checks.map((check) => [check.id, check.passed])).toEqual([
      ["images", true],
      ["captions", true],
      ["alt-text", true],
    ]);
  });

  it("fails everything on the untouched template, pointing under Screens", () => {
    const checks = Object.values(results(templateDocument("MOCKUPS")));
    expect(checks.map((check) => [check.passed, check.required])).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(checks.map((check) => check.anchor)).toEqual(Array(3).fill({ kind: "after", index: 0 }));
  });

  it("does not count a figure that is not one of our images", () => {
    const foreign = doc(
      figure("https://example.com/x.png", "x", "A caption"),
      figure(null, "", "Caption"),
    );
    expect(results(foreign).images).toMatchObject({ passed: false, anchor: { kind: "end" } });
  });

  it("counts the images without alt text and points at the first", () => {
    const document = doc(
      heading("Screens", "screens"),
      good(),
      good(""),
      paragraph("x"),
      good(" "),
    );
    expect(results(document)["alt-text"]).toMatchObject({
      passed: false,
      detail: "2 of 3 images have no alt text.",
      anchor: { kind: "block", index: 2 },
    });
    expect(results(document).captions?.passed).toBe(true);
  });

  it("counts the images without a caption", () => {
    const one = doc(good("Alt", ""));
    expect(results(one).captions).toMatchObject({
      passed: false,
      detail: "The image has no caption.",
      anchor: { kind: "block", index: 0 },
    });
    const some = doc(good(), good("Alt", ""), good());
    expect(results(some).captions?.detail).toBe("1 of 3 images has no caption.");
  });

  it("finds an image nested in another block, anchored to that block", () => {
    const nested = doc(heading("Notes", "notes"), {
      ...bulletList("x"),
      content: [{ type: "listItem", content: [paragraph("A sketch:"), good("Alt", "")] }],
    });
    const { images, captions } = results(nested);
    expect(images?.passed).toBe(true);
    expect(captions?.anchor).toEqual({ kind: "block", index: 1 });
  });
});
