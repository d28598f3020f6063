import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { templateDocument } from "@/editor/templates";
import { NO_ANSWERS, type CustomerAnswers } from "@/lib/customer-questions";
import { checkStage } from ".";
import { counterState } from "./counter";
import {
  doc,
  heading,
  link,
  mapHeadings,
  orderedList,
  paragraph,
  partOf,
  replacePart,
  sectionsOf,
  withoutHeading,
  withoutPart,
} from "./fixtures/doc";
import { GOOD_CUSTOMER, GOOD_PRESS_RELEASE } from "./fixtures/good-press-release";
import type { CheckResult } from "./types";

function check(document: JSONContent, customer: CustomerAnswers = GOOD_CUSTOMER) {
  return checkStage("PRESS_RELEASE", document, { customer });
}

/** The one item `id` of the document's checklist. */
function item(document: JSONContent, id: string, customer?: CustomerAnswers): CheckResult {
  const found = check(document, customer).checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No check ${id}`);
  return found;
}

const failing = (document: JSONContent) => check(document).failing.map((failed) => failed.id);

const words = (count: number) => Array.from({ length: count }, () => "word").join(" ");

describe("the good press release", () => {
  it("passes every check", () => {
    const report = check(GOOD_PRESS_RELEASE);
    expect(report.checks.filter((result) => !result.passed)).toEqual([]);
    expect(report.passed).toBe(report.total);
    expect(report.checks.map((result) => result.id)).toEqual([
      "headline",
      "subheading",
      "summary",
      "problem",
      "solution",
      "leader-quote",
      "getting-started",
      "customer-quote",
      "call-to-action",
      "customer",
      "length",
    ]);
  });

  it("is a real release of 350 to 450 words", () => {
    const value = check(GOOD_PRESS_RELEASE).counter?.value ?? 0;
    expect(value).toBeGreaterThanOrEqual(350);
    expect(value).toBeLessThanOrEqual(450);
  });

  it("passes with its headings renamed (the part attribute stays)", () => {
    const renamed = mapHeadings(GOOD_PRESS_RELEASE, (node) => ({
      ...node,
      content: [{ type: "text", text: `Section ${partOf(node)?.length}` }],
    }));
    expect(failing(renamed)).toEqual([]);
  });

  it("passes with its sections in reverse order", () => {
    expect(failing(doc(...sectionsOf(GOOD_PRESS_RELEASE).reverse().flat()))).toEqual([]);
  });

  it("passes with headings retyped without the attribute, by their words", () => {
    const retyped = mapHeadings(GOOD_PRESS_RELEASE, (node) => ({ ...node, attrs: { level: 1 } }));
    expect(failing(retyped)).toEqual([]);
    expect(failing(doc(...sectionsOf(retyped).reverse().flat()))).toEqual([]);
  });

  it("passes without its headings where the content has a shape, and points to the end where not", () => {
    const bare = mapHeadings(GOOD_PRESS_RELEASE, () => undefined);
    const report = check(bare);
    expect(report.failing.map((failed) => failed.id)).toEqual(["problem", "solution"]);
    expect(report.failing.map((failed) => failed.anchor)).toEqual([
      { kind: "end" },
      { kind: "end" },
    ]);
  });
});

describe("the untouched template", () => {
  const template = templateDocument("PRESS_RELEASE");

  it("fails every required check", () => {
    const report = check(template, NO_ANSWERS);
    expect(report.checks.length).toBeGreaterThan(0);
    expect(report.checks.filter((result) => result.required && result.passed)).toEqual([]);
  });

  it("fails every item in the document even with the customer questions answered", () => {
    expect(check(template).failing.map((failed) => failed.id)).not.toContain("customer");
    expect(check(template).failing).toHaveLength(check(template).total - 1);
  });

  it("points each part below its heading", () => {
    const report = check(template);
    const headline = report.checks.find((result) => result.id === "headline");
    expect(headline?.anchor).toEqual({ kind: "after", index: 0 });
    const callToAction = report.checks.find((result) => result.id === "call-to-action");
    expect(callToAction?.anchor).toEqual({ kind: "after", index: 16 });
  });

  it("fails in any order of its sections", () => {
    const shuffled = doc(...sectionsOf(template).reverse().flat());
    expect(check(shuffled, NO_ANSWERS).checks.every((result) => !result.passed)).toBe(true);
  });

  it("fails on a document with nothing in it", () => {
    expect(check(doc(), NO_ANSWERS).checks.every((result) => !result.passed)).toBe(true);
    expect(checkStage("PRESS_RELEASE", null, { customer: NO_ANSWERS }).failing.length).toBe(11);
  });
});

describe("length", () => {
  it.each([
    [449, true, "ok"],
    [450, true, "warn"],
    [500, true, "warn"],
    [501, false, "over"],
  ] as const)("%i words: passes %s, counter %s", (count, passed, state) => {
    const report = check(doc(paragraph(words(count))));
    expect(report.counter).toEqual({
      label: "Length",
      unit: "words",
      value: count,
      limit: 500,
      warnFrom: 450,
    });
    expect(report.counter && counterState(report.counter)).toBe(state);
    expect(report.checks.find((result) => result.id === "length")?.passed).toBe(passed);
  });

  it("counts what a reader reads, not the template's headings", () => {
    expect(check(templateDocument("PRESS_RELEASE")).counter?.value).toBe(0);
    const typedOver = doc(heading("Larkspur Market refunds you at the counter", "headline"));
    expect(check(typedOver).counter?.value).toBe(7);
  });

  it("says how much to cut", () => {
    const over = replacePart(GOOD_PRESS_RELEASE, "problem", paragraph(words(200)));
    const result = item(over, "length");
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/cut \d+ words/);
    expect(failing(over)).toEqual(["length"]);
  });
});

describe("headline", () => {
  it("fails when nothing is written under the heading", () => {
    const result = item(replacePart(GOOD_PRESS_RELEASE, "headline", paragraph()), "headline");
    expect(result).toMatchObject({ passed: false, anchor: { kind: "after", index: 0 } });
  });

  it("allows 15 words and no more", () => {
    const fifteen = replacePart(GOOD_PRESS_RELEASE, "headline", paragraph(words(15)));
    expect(item(fifteen, "headline").passed).toBe(true);
    const sixteen = replacePart(GOOD_PRESS_RELEASE, "headline", paragraph(words(16)));
    expect(item(sixteen, "headline")).toMatchObject({
      passed: false,
      detail: "16 words: cut it to 15 or fewer.",
      anchor: { kind: "block", index: 1 },
    });
  });

  it("fails when it runs over two lines", () => {
    const twoLines = replacePart(
      GOOD_PRESS_RELEASE,
      "headline",
      paragraph("Refunds at the counter\nfor everyone"),
    );
    expect(item(twoLines, "headline").passed).toBe(false);
  });

  it("may be the heading itself, when someone wrote the headline over the word Headline", () => {
    const inHeading = mapHeadings(withoutPart(GOOD_PRESS_RELEASE, "headline"), (node) => node);
    inHeading.content?.unshift(
      heading("Larkspur Market refunds you at the counter", "headline", 1),
    );
    expect(item(inHeading, "headline").passed).toBe(true);
    const tooLong = replacePart(GOOD_PRESS_RELEASE, "headline");
    tooLong.content?.splice(0, 1, heading(words(16), "headline"));
    expect(item(tooLong, "headline")).toMatchObject({
      passed: false,
      anchor: { kind: "block", index: 0 },
    });
  });

  it("is not the template's word Headline", () => {
    const renamedLabel = replacePart(GOOD_PRESS_RELEASE, "headline");
    expect(item(renamedLabel, "headline").passed).toBe(false);
  });

  it("is the first line of a document without a headline heading", () => {
    expect(item(withoutHeading(GOOD_PRESS_RELEASE, "headline"), "headline").passed).toBe(true);
    expect(item(withoutPart(GOOD_PRESS_RELEASE, "headline"), "headline")).toMatchObject({
      passed: false,
      anchor: { kind: "end" },
    });
  });
});

describe("subheading", () => {
  it("must be exactly one sentence", () => {
    const two = replacePart(
      GOOD_PRESS_RELEASE,
      "subheading",
      paragraph("Refunds are instant. Shoppers love it."),
    );
    expect(item(two, "subheading")).toMatchObject({
      passed: false,
      detail: "2 sentences: say it in one.",
      anchor: { kind: "block", index: 3 },
    });
    const abbreviated = replacePart(
      GOOD_PRESS_RELEASE,
      "subheading",
      paragraph("Larkspur Co. refunds shoppers in 212 U.S. stores at the counter."),
    );
    expect(item(abbreviated, "subheading").passed).toBe(true);
  });

  it("counts a second paragraph as a second sentence", () => {
    const split = replacePart(
      GOOD_PRESS_RELEASE,
      "subheading",
      paragraph("Refunds at once"),
      paragraph("For all"),
    );
    expect(item(split, "subheading").passed).toBe(false);
  });

  it("is the line under the headline when its heading is gone", () => {
    expect(item(withoutHeading(GOOD_PRESS_RELEASE, "subheading"), "subheading").passed).toBe(true);
    expect(item(withoutPart(GOOD_PRESS_RELEASE, "subheading"), "subheading").anchor).toEqual({
      kind: "end",
    });
  });
});

describe("summary", () => {
  it("must open with a city and a date", () => {
    const undated = replacePart(
      GOOD_PRESS_RELEASE,
      "summary",
      paragraph(
        "Larkspur Market today launched Instant Refunds in its 212 stores across the country.",
      ),
    );
    expect(item(undated, "summary")).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/city and launch date/),
      anchor: { kind: "block", index: 5 },
    });
  });

  it("must say what launches after the dateline", () => {
    const bare = replacePart(
      GOOD_PRESS_RELEASE,
      "summary",
      paragraph("SEATTLE, May 4, 2027 — We launch today."),
    );
    expect(item(bare, "summary")).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/what launches/),
    });
  });

  it("counts a dated paragraph wherever it sits", () => {
    const moved = withoutHeading(GOOD_PRESS_RELEASE, "summary");
    expect(item(moved, "summary").passed).toBe(true);
    const berlin = replacePart(
      GOOD_PRESS_RELEASE,
      "summary",
      paragraph(
        "Berlin, 4 May 2027 – Larkspur Market today launched Instant Refunds in its German stores.",
      ),
    );
    expect(item(berlin, "summary").passed).toBe(true);
  });
});

describe("the story", () => {
  it.each(["problem", "solution", "getting-started", "call-to-action"])(
    "%s fails when its part is empty, pointing under its heading",
    (part) => {
      const emptied = replacePart(GOOD_PRESS_RELEASE, part, paragraph());
      const index = emptied.content?.findIndex((node) => partOf(node) === part);
      expect(item(emptied, part)).toMatchObject({
        passed: false,
        anchor: { kind: "after", index },
      });
    },
  );

  it("says how little a short part holds", () => {
    const short = replacePart(GOOD_PRESS_RELEASE, "problem", paragraph("Refunds are slow."));
    expect(item(short, "problem")).toMatchObject({
      passed: false,
      detail: "Only 3 words: say a little more.",
    });
  });

  it("takes a numbered list for how to get started, without its heading", () => {
    expect(
      item(withoutHeading(GOOD_PRESS_RELEASE, "getting-started"), "getting-started").passed,
    ).toBe(true);
  });

  it("takes a closing link for the call to action, without its heading", () => {
    expect(
      item(withoutHeading(GOOD_PRESS_RELEASE, "call-to-action"), "call-to-action").passed,
    ).toBe(true);
    const noLink = withoutHeading(
      replacePart(GOOD_PRESS_RELEASE, "call-to-action", paragraph("Come and see us.")),
      "call-to-action",
    );
    expect(item(noLink, "call-to-action")).toMatchObject({
      passed: false,
      anchor: { kind: "end" },
    });
  });

  it("does not take a heading's words for its content", () => {
    const headingsOnly = doc(
      heading("The problem: refunds take a week to reach the card, every single time", "problem"),
    );
    expect(item(headingsOnly, "problem").passed).toBe(false);
  });
});

describe("quotes", () => {
  it("fail without an attribution, pointing at the quote", () => {
    const anonymous = replacePart(
      GOOD_PRESS_RELEASE,
      "leader-quote",
      paragraph("“Nobody wants to wait a week for their money.”"),
    );
    expect(item(anonymous, "leader-quote")).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/who said it/),
      anchor: { kind: "block", index: 11 },
    });
  });

  it("fail without quotation marks", () => {
    const unquoted = replacePart(
      GOOD_PRESS_RELEASE,
      "customer-quote",
      paragraph("Tom Reyes, a nurse from Tacoma, got his money back before he reached his car."),
    );
    expect(item(unquoted, "customer-quote")).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/quotation marks/),
    });
  });

  it("accept straight quotes and a dash attribution on the next line", () => {
    const dashed = replacePart(
      GOOD_PRESS_RELEASE,
      "leader-quote",
      paragraph('"Nobody wants to wait a week for their money."'),
      paragraph("— Priya Natarajan, Head of Stores"),
    );
    expect(item(dashed, "leader-quote").passed).toBe(true);
  });

  it("are told apart by the title when their headings are gone", () => {
    const bare = withoutHeading(
      withoutHeading(GOOD_PRESS_RELEASE, "leader-quote"),
      "customer-quote",
    );
    expect(item(bare, "leader-quote").passed).toBe(true);
    expect(item(bare, "customer-quote").passed).toBe(true);
  });

  it("do not let one quote count twice", () => {
    const oneQuote = withoutPart(
      withoutHeading(GOOD_PRESS_RELEASE, "leader-quote"),
      "customer-quote",
    );
    expect(item(oneQuote, "leader-quote").passed).toBe(true);
    expect(item(oneQuote, "customer-quote")).toMatchObject({
      passed: false,
      anchor: { kind: "end" },
    });
  });

  it("belong to the part they sit under, whoever is named", () => {
    const customerWithTitle = replacePart(
      GOOD_PRESS_RELEASE,
      "customer-quote",
      paragraph(
        "“I got my money back before I reached my car,” said Tom Reyes, a store manager from Tacoma.",
      ),
    );
    expect(failing(customerWithTitle)).toEqual([]);
  });
});

describe("customer questions", () => {
  it("name what is missing and open the first one", () => {
    const partial = { ...GOOD_CUSTOMER, customerBenefit: "  ", customerEvidence: "" };
    expect(item(GOOD_PRESS_RELEASE, "customer", partial)).toMatchObject({
      passed: false,
      detail: "Not answered: Most important benefit, How we know",
      anchor: { kind: "customer", field: "customerBenefit" },
    });
  });

  it("pass when all five are answered", () => {
    expect(item(doc(), "customer", GOOD_CUSTOMER).passed).toBe(true);
  });
});

describe("a release written from scratch", () => {
  it("passes with headings typed by hand, in its own order", () => {
    const handWritten = doc(
      heading("Larkspur Market refunds you before you leave the store", undefined, 1),
      paragraph("Shoppers now get their money back at the counter, in seconds."),
      paragraph(
        "PORTLAND, Ore., June 1st, 2027 — Larkspur Market today launched Instant Refunds for every shopper in its Oregon stores.",
      ),
      heading("Customer problem"),
      paragraph(
        "A refund takes a week to reach the card, and shoppers cannot spend that money until then.",
      ),
      heading("Our solution"),
      paragraph(
        "The cashier accepts the return and the refund lands on the shopper's card before they reach the door.",
      ),
      heading("Getting started"),
      orderedList("Bring the item and your card.", "Tap the card when the cashier asks."),
      heading("What customers say"),
      paragraph("“It took two taps and I was done,” says Ana Ruiz, a teacher in Salem."),
      heading("From our CEO"),
      paragraph(
        "Sam Lee, CEO of Larkspur Market, said: “Your money should come back as fast as it left.”",
      ),
      heading("Next steps"),
      paragraph(
        "Visit ",
        link("larkspur.com/refunds", "https://larkspur.com/refunds"),
        " to learn more.",
      ),
    );
    expect(failing(handWritten)).toEqual([]);
  });
});
