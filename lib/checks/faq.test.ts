import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { templateDocument } from "@/editor/templates";
import { checkStage, type CheckContext, type CheckReport } from "./index";
import { MAX_PAGES, WORDS_PER_PAGE, pagesOf } from "./faq";

const context: CheckContext = {
  customer: {
    customer: "Shoppers returning an item in store",
    customerProblem: "",
    customerBenefit: "",
    customerEvidence: "",
    customerExperience: "",
  },
};

const text = (value: string) => ({ type: "text", text: value });
const p = (value?: string): JSONContent =>
  value ? { type: "paragraph", content: [text(value)] } : { type: "paragraph" };
const h2 = (value: string, part: string | null = null): JSONContent => ({
  type: "heading",
  attrs: { level: 2, part },
  content: [text(value)],
});
const h3 = (value: string): JSONContent => ({
  type: "heading",
  attrs: { level: 3, part: null },
  content: [text(value)],
});
const entry = (question: string, answer?: string): JSONContent => ({
  type: "faqEntry",
  content: [
    question ? { type: "faqQuestion", content: [text(question)] } : { type: "faqQuestion" },
    { type: "faqAnswer", content: [p(answer)] },
  ],
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

const external = h2("External FAQ", "external");
const internal = h2("Internal FAQ", "internal");

const run = (json: JSONContent) => checkStage("FAQ", json, context);
const check = (report: CheckReport, id: string) => {
  const found = report.checks.find((item) => item.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

const good = doc(
  external,
  entry("Who is it for?", "Shoppers returning an item in store."),
  entry("Do I need the receipt?", "No: the cashier finds the purchase from your card."),
  entry("How fast is the refund?", "It is on your card before you leave the counter."),
  entry("Which cards work?", "Visa and Mastercard debit and credit cards."),
  internal,
  entry("What does it cost?", "About $2M in the first year, mostly card-network fees."),
  entry("What could go wrong?", "Refund fraud: we cap instant refunds at $500 a day."),
);

describe("FAQ checks", () => {
  it("pass a good FAQ", () => {
    const report = run(good);
    expect(report.failing).toEqual([]);
    expect(report.passed).toBe(report.total);
    expect(report.checks.map((item) => item.id)).toEqual([
      "parts",
      "question-marks",
      "answers",
      "entries",
      "internal-questions",
      "length",
    ]);
    expect(report.counter).toMatchObject({ label: "Length", unit: "pages", limit: 5, warnFrom: 4 });
    expect(report.counter?.value).toBeGreaterThan(0);
  });

  it("fail the empty template: the parts are there, the questions are not", () => {
    const report = run(templateDocument("FAQ"));
    expect(check(report, "parts").passed).toBe(true);
    expect(report.failing.map((item) => item.id)).toEqual([
      "question-marks",
      "answers",
      "entries",
      "internal-questions",
    ]);
    expect(check(report, "question-marks")).toMatchObject({
      detail: "No questions yet",
      anchor: { kind: "after", index: 0 },
    });
    expect(check(report, "entries")).toMatchObject({ passed: false, detail: "0 of 5" });
    // Under Internal FAQ: the template's empty entry, where the cursor should go.
    expect(check(report, "internal-questions").anchor).toEqual({ kind: "after", index: 2 });
  });

  it("count the questions without “?” and point at the first", () => {
    const json = doc(
      external,
      entry("Who is it for?", "Shoppers."),
      entry("Tell me about receipts", "Not needed."),
      entry("Cards", "Visa and Mastercard."),
      internal,
      entry("Cost?", "$2M."),
    );
    expect(check(run(json), "question-marks")).toMatchObject({
      passed: false,
      detail: "2 questions don't end with “?”, first “Tell me about receipts”",
      anchor: { kind: "block", index: 2 },
    });
  });

  it("quote a long question cut short", () => {
    const json = doc(
      external,
      entry("Will the refund reach a card that has expired since the purchase", "Yes."),
      internal,
      entry("Cost?", "$2M."),
    );
    expect(check(run(json), "question-marks").detail).toBe(
      "1 question doesn't end with “?”: “Will the refund reach a card that has e…”",
    );
  });

  it("find questions without an answer, and answers without a question", () => {
    const json = doc(
      external,
      entry("Who is it for?", "Shoppers."),
      entry("Do I need the receipt?"),
      entry("", "An answer to nothing."),
      internal,
      entry("Cost?", "$2M."),
    );
    const report = run(json);
    expect(check(report, "answers")).toMatchObject({
      passed: false,
      detail: "1 question has no answer: “Do I need the receipt?”",
      anchor: { kind: "block", index: 2 },
    });
    expect(check(report, "question-marks")).toMatchObject({
      passed: false,
      detail: "1 question doesn't end with “?”: an empty one",
      anchor: { kind: "block", index: 3 },
    });
  });

  it("need five questions or more before the FAQ can complete", () => {
    const json = doc(
      external,
      entry("Who is it for?", "Shoppers."),
      entry("How fast?", "At once."),
      internal,
      entry("Cost?", "$2M."),
    );
    const report = run(json);
    expect(check(report, "entries")).toMatchObject({
      passed: false,
      required: true,
      detail: "3 of 5",
      anchor: { kind: "block", index: 4 },
    });
    expect(report.failing.map((failing) => failing.id)).toEqual(["entries"]);
  });

  it("need an internal question", () => {
    const json = doc(
      external,
      entry("Who is it for?", "Shoppers."),
      internal,
      entry("", ""),
      p("Notes to self"),
    );
    expect(check(run(json), "internal-questions")).toMatchObject({
      passed: false,
      anchor: { kind: "after", index: 2 },
    });
    const noPart = doc(external, entry("Who is it for?", "Shoppers."));
    expect(check(run(noPart), "internal-questions").anchor).toEqual({ kind: "end" });
    expect(check(run(noPart), "parts")).toMatchObject({
      passed: false,
      detail: "No Internal FAQ part",
    });
  });

  it("want the customers' questions before the business's", () => {
    const json = doc(internal, entry("Cost?", "$2M."), external, entry("Who?", "Shoppers."));
    expect(check(run(json), "parts")).toMatchObject({
      passed: false,
      detail: "Internal FAQ comes before External FAQ",
      anchor: { kind: "block", index: 0 },
    });
    const noExternal = doc(p("Intro"), internal, entry("Cost?", "$2M."));
    expect(check(run(noExternal), "parts")).toMatchObject({
      passed: false,
      detail: "No External FAQ part",
      anchor: { kind: "after", index: 0 },
    });
  });

  it("find parts by their stored id first, then by their words", () => {
    // Renamed headings keep their part; typed headings are found by what they say.
    const renamed = doc(
      h2("What shoppers ask", "external"),
      entry("Who?", "Shoppers."),
      h2("Stakeholder questions"),
      entry("Cost?", "$2M."),
    );
    expect(check(run(renamed), "parts").passed).toBe(true);
    expect(check(run(renamed), "internal-questions").passed).toBe(true);
  });
});

describe("FAQs written before FAQ entries", () => {
  // The old template's headings, questions as paragraphs or h3 headings.
  const legacy = doc(
    h2("Customer questions", "external"),
    p("Who is it for?"),
    p("Shoppers returning an item in store."),
    h3("Do I need the receipt?"),
    p("No: the cashier finds the purchase from your card."),
    p("Which cards work?"),
    p("Visa and Mastercard."),
    h3("How fast is the refund?"),
    p("At once."),
    h2("Internal questions", "internal"),
    h3("What does it cost?"),
    p("About $2M in the first year."),
    p(),
  );

  it("are judged by their questions and answers", () => {
    const report = run(legacy);
    expect(report.failing).toEqual([]);
    expect(check(report, "entries").passed).toBe(true);
  });

  it("without the part ids, by their headings' words", () => {
    const json = doc(
      h2("Customer questions"),
      p("Who is it for?"),
      p("Shoppers."),
      h2("Internal questions"),
      p("What does it cost?"),
      p("$2M."),
    );
    const report = run(json);
    expect(check(report, "parts").passed).toBe(true);
    expect(check(report, "internal-questions").passed).toBe(true);
    expect(check(report, "answers").passed).toBe(true);
  });

  it("flag an old-style question left unanswered, pointing under it", () => {
    const json = doc(
      h2("Customer questions"),
      p("Who is it for?"),
      h3("Do I need the receipt?"),
      p("No."),
      h2("Internal questions"),
      p("What does it cost?"),
      p("$2M."),
    );
    expect(check(run(json), "answers")).toMatchObject({
      passed: false,
      anchor: { kind: "after", index: 1 },
    });
  });

  it("mix with new entries", () => {
    const json = doc(
      h2("Customer questions", "external"),
      p("Who is it for?"),
      p("Shoppers."),
      entry("How fast?", "At once."),
      h2("Internal questions", "internal"),
      entry("Cost?", "$2M."),
    );
    // Three questions, all fine: only the count is short.
    expect(run(json).failing.map((item) => item.id)).toEqual(["entries"]);
  });
});

describe("FAQ length", () => {
  // "External FAQ", "Who is it for?", "Internal FAQ", "Cost?" and "$2M." are 10 words.
  const ofWords = (count: number) =>
    doc(
      external,
      entry("Who is it for?", Array.from({ length: count - 10 }, () => "word").join(" ")),
      internal,
      entry("Cost?", "$2M."),
    );
  const words = (json: JSONContent) => run(json).counter?.value;

  it("estimates pages at 500 words each, rounded up to a tenth", () => {
    expect(WORDS_PER_PAGE).toBe(500);
    expect(pagesOf(0)).toBe(0);
    expect(pagesOf(1)).toBe(0.1);
    expect(pagesOf(500)).toBe(1);
    expect(pagesOf(2500)).toBe(5);
    expect(pagesOf(2501)).toBe(5.1);
  });

  it("passes at five pages and fails one word over", () => {
    // ofWords(n) holds n words in all: headings, questions and answers.
    const atLimit = ofWords(MAX_PAGES * WORDS_PER_PAGE);
    expect(words(atLimit)).toBe(5);
    expect(check(run(atLimit), "length").passed).toBe(true);
    const over = ofWords(MAX_PAGES * WORDS_PER_PAGE + 1);
    expect(words(over)).toBe(5.1);
    expect(check(run(over), "length")).toMatchObject({ passed: false, required: true });
    expect(run(over).failing.map((item) => item.id)).toEqual(["entries", "length"]);
  });
});
