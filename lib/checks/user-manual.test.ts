import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { templateDocument } from "@/editor/templates";
import { checkStage } from ".";
import { GOOD_CUSTOMER } from "./fixtures/good-press-release";
import {
  blockquote,
  bulletList,
  doc,
  heading,
  orderedList,
  paragraph,
  sectionsOf,
} from "./fixtures/doc";

function results(document: JSONContent) {
  const report = checkStage("USER_MANUAL", document, { customer: GOOD_CUSTOMER });
  return Object.fromEntries(report.checks.map((check) => [check.id, check]));
}

const INTRO = paragraph("You need a Larkspur account and the card you paid with.");
const STEPS = orderedList(
  "Bring the item to the counter.",
  "Tap your card.",
  "Check your banking app.",
);

const GOOD = doc(
  heading("Before you start", "before-you-start"),
  INTRO,
  heading("Getting started", "steps"),
  STEPS,
  heading("Everyday use", "everyday-use"),
  paragraph(),
  heading("If something goes wrong", "troubleshooting"),
  paragraph(),
);

describe("user manual", () => {
  it("passes with an introduction and numbered steps", () => {
    const report = checkStage("USER_MANUAL", GOOD, { customer: GOOD_CUSTOMER });
    expect(report.checks.map((check) => [check.id, check.passed])).toEqual([
      ["introduction", true],
      ["steps", true],
    ]);
  });

  it("fails everything on the untouched template, pointing under each heading", () => {
    const { introduction, steps } = results(templateDocument("USER_MANUAL"));
    expect(introduction).toMatchObject({
      passed: false,
      required: true,
      anchor: { kind: "after", index: 0 },
    });
    expect(steps).toMatchObject({
      passed: false,
      required: true,
      anchor: { kind: "after", index: 2 },
    });
  });

  it("needs at least two steps", () => {
    const one = doc(heading("Getting started", "steps"), orderedList("Tap your card.", ""));
    expect(results(one).steps).toMatchObject({
      passed: false,
      detail: "1 step: write each step as its own numbered item.",
      anchor: { kind: "block", index: 1 },
    });
    const two = doc(
      heading("Getting started", "steps"),
      orderedList("Bring it.", "Tap your card."),
    );
    expect(results(two).steps?.passed).toBe(true);
  });

  it("asks for numbers when the steps are bullets or prose", () => {
    const bullets = doc(
      heading("Getting started", "steps"),
      bulletList("Bring it.", "Tap your card."),
    );
    expect(results(bullets).steps).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/numbered list/),
    });
    const prose = doc(
      heading("Getting started", "steps"),
      paragraph("Bring it and tap your card."),
    );
    expect(results(prose).steps).toMatchObject({
      passed: false,
      detail: "Put the steps in a numbered list.",
      anchor: { kind: "after", index: 0 },
    });
  });

  it("takes an ordered list anywhere when the steps heading has none", () => {
    const elsewhere = doc(
      paragraph("You need the card you paid with."),
      heading("How refunds work"),
      blockquote(STEPS),
    );
    expect(results(elsewhere).steps?.passed).toBe(true);
    expect(results(elsewhere).introduction?.passed).toBe(true);
  });

  it("passes with renamed, reordered or retyped headings", () => {
    const renamed = doc(
      heading("Step by step", "steps"),
      STEPS,
      heading("What you need", "before-you-start"),
      INTRO,
    );
    expect(Object.values(results(renamed)).every((check) => check.passed)).toBe(true);
    const retyped = doc(
      ...sectionsOf(GOOD).flatMap(([first, ...rest]) => [
        { ...first, attrs: { level: 2 } },
        ...rest,
      ]),
    );
    expect(Object.values(results(retyped)).every((check) => check.passed)).toBe(true);
  });

  it("takes prose above the steps as the introduction", () => {
    const noHeading = doc(INTRO, heading("Getting started", "steps"), STEPS);
    expect(results(noHeading).introduction?.passed).toBe(true);
    const below = doc(heading("Getting started", "steps"), STEPS, INTRO);
    expect(results(below).introduction).toMatchObject({ passed: false, anchor: { kind: "end" } });
  });

  it("does not take a few words for an introduction", () => {
    const short = doc(
      heading("Before you start", "before-you-start"),
      paragraph("Have a card."),
      heading("Getting started", "steps"),
      STEPS,
    );
    expect(results(short).introduction).toMatchObject({
      passed: false,
      anchor: { kind: "after", index: 0 },
    });
  });
});
