import { describe, expect, test } from "vitest";
import { COACH_KINDS, coachText, createCoach, fleschKincaidGrade, gradeBand } from "@/lib/coach";
import { JARGON_PRESS_RELEASE } from "./fixtures/jargon-press-release";
import type { CoachBlock, CoachFinding, CoachKind } from "./types";

/** Well-written press-release prose: plain, active, specific. */
const GOOD_PROSE = [
  "Today Shop Co. lets shoppers get a refund at the counter when they return an item.",
  "Shoppers used to wait a week for the money to reach their card. Now the refund is back before they leave the store.",
  "“We built this because waiting for your own money is no fun,” said Ana Ruiz, head of stores.",
  "To get started, bring the item and your receipt to any Shop Co. store. The clerk scans it and you get your money back.",
  "Visit shopco.example/refunds to find a store near you.",
];

const blocks = (...texts: string[]): CoachBlock[] => texts.map((text, id) => ({ id, text }));
const ofKind = (findings: CoachFinding[], kind: CoachKind) =>
  findings.filter((finding) => finding.kind === kind);
const flagged = (findings: CoachFinding[], kind: CoachKind) =>
  ofKind(findings, kind).map(({ text, from, to }) => ({ text, from, to }));

describe("the jargon-heavy fixture", () => {
  const report = coachText(JARGON_PRESS_RELEASE);

  test.each(COACH_KINDS)("is flagged for %s", (kind) => {
    expect(report.byKind[kind]).toBeGreaterThan(0);
  });

  test("every finding's range is exactly its flagged text in its own block", () => {
    for (const finding of report.findings) {
      const block = JARGON_PRESS_RELEASE.find(({ id }) => id === finding.blockId);
      expect(block?.text.slice(finding.from, finding.to)).toBe(finding.text);
      expect(finding.message).not.toBe("");
      expect(finding.suggestion).not.toBe("");
    }
  });

  test("reads above the grade target", () => {
    expect(report.band).toBe("hard");
  });

  test("finding ids are unique", () => {
    expect(new Set(report.findings.map(({ id }) => id)).size).toBe(report.findings.length);
  });
});

describe("each kind, where expected", () => {
  test("weasel words, at their offsets", () => {
    const { findings } = coachText(blocks("This is very fast and really simple."));
    expect(flagged(findings, "weasel")).toEqual([
      { text: "very", from: 8, to: 12 },
      { text: "really", from: 22, to: 28 },
    ]);
    // retext-simplify flags "very" too: one finding, not two.
    expect(findings.filter(({ from }) => from === 8)).toHaveLength(1);
  });

  test("hedges say they sound unsure", () => {
    const [finding] = coachText(blocks("Customers should perhaps call us.")).findings;
    expect(finding).toMatchObject({ kind: "weasel", text: "should" });
    expect(finding?.message).toContain("unsure");
  });

  test("passive voice, regular and irregular, from the helper verb", () => {
    const { findings } = coachText(
      blocks("Refunds are processed slowly.", "The app was built in Seattle."),
    );
    expect(flagged(findings, "passive")).toEqual([
      { text: "are processed", from: 8, to: 21 },
      { text: "was built", from: 8, to: 17 },
    ]);
    expect(ofKind(findings, "passive")[0]?.suggestion).toBe(
      "Say who does it: “We ship it” not “It is shipped”.",
    );
    expect(findings.map(({ blockId }) => blockId)).toEqual([0, 1]);
  });

  test("passive voice with an adverb between, but not adjectives in -ed", () => {
    const { findings } = coachText(
      blocks("It is quickly shipped.", "We are excited to announce it. Our store is located here."),
    );
    expect(flagged(findings, "passive")).toEqual([{ text: "is quickly shipped", from: 3, to: 21 }]);
  });

  test("jargon from retext-simplify, with its replacements", () => {
    const { findings } = coachText(blocks("We utilize receipts."));
    expect(ofKind(findings, "jargon")).toMatchObject([
      { text: "utilize", from: 3, to: 10, suggestion: "Use “use” instead." },
    ]);
  });

  test("job titles and retail's plain words are not jargon", () => {
    const { findings } = coachText(
      blocks("Dana Whitfield, Vice President of Stores, found the purchase."),
    );
    expect(ofKind(findings, "jargon")).toEqual([]);
  });

  test("the other forms of words retext-simplify flags only in their base form", () => {
    const { findings } = coachText(
      blocks("Going forward, staff utilized a tool that facilitates optimization."),
    );
    expect(flagged(findings, "jargon").map((finding) => finding.text)).toEqual([
      "utilized",
      "facilitates",
      "optimization",
    ]);
  });

  test("business jargon retext-simplify lacks", () => {
    const { findings } = coachText(blocks("We leverage a best-in-class, seamless app."));
    expect(flagged(findings, "jargon")).toEqual([
      { text: "leverage", from: 3, to: 11 },
      { text: "best-in-class", from: 14, to: 27 },
      { text: "seamless", from: 29, to: 37 },
    ]);
  });

  test("a sentence over 25 words is long; 25 words is not", () => {
    const words25 =
      "The shop opens at nine and the clerk greets every shopper who walks in with a smile and a short hello at the door today.";
    const words26 = words25.replace("door today", "door again today");
    const { findings, counts } = coachText(blocks(`${words25} ${words26}`));
    expect(counts).toMatchObject({ sentences: 2, words: 51 });
    const long = ofKind(findings, "long-sentence");
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ from: words25.length + 1, text: words26 });
    expect(long[0]?.message).toContain("26 words");
  });

  test("a short sentence of long words is hard to read", () => {
    const { findings } = coachText(
      blocks("Comprehensive organizational infrastructure necessitates considerable investment."),
    );
    expect(ofKind(findings, "readability")).toHaveLength(1);
  });

  test("a long sentence is not also flagged as hard to read", () => {
    const [, , summary] = JARGON_PRESS_RELEASE;
    const { findings } = coachText(summary ? [summary] : []);
    expect(ofKind(findings, "long-sentence")).toHaveLength(1);
    expect(ofKind(findings, "readability")).toHaveLength(0);
  });
});

describe("clean prose", () => {
  test("has no passive, weasel or jargon findings", () => {
    const report = coachText(blocks(...GOOD_PROSE));
    expect(report.byKind).toMatchObject({ passive: 0, weasel: 0, jargon: 0 });
    expect(report.findings).toEqual([]);
  });

  test("reads at or below the target", () => {
    expect(["easy", "target"]).toContain(coachText(blocks(...GOOD_PROSE)).band);
  });

  test("a dateline's May is the month, and “It is” is plain English", () => {
    const report = coachText(
      blocks(
        "SEATTLE, May 4, 2027 — Shop Co. today launched refunds at the counter. It is free.",
        "From 4 May 2027 every store gives refunds at the counter.",
      ),
    );
    expect(report.findings).toEqual([]);
  });

  test("may as a hedge is still flagged, capitalised or not", () => {
    const report = coachText(blocks("May we offer a refund? Shoppers may see it soon."));
    expect(flagged(report.findings, "weasel").map(({ text }) => text)).toEqual(["May", "may"]);
  });
});

describe("the Flesch–Kincaid grade", () => {
  test("one sentence, hand-checked: 6 words, 6 syllables", () => {
    // 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = −1.45
    const report = coachText(blocks("The cat sat on the mat."));
    expect(report.counts).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(report.grade).toBeCloseTo(-1.45, 5);
    expect(report.band).toBe("easy");
  });

  test("over the whole text, not averaged per block", () => {
    // Second block: re·funds reach your card to·day = 5 words, 7 syllables.
    // 0.39 × 11/2 + 11.8 × 13/11 − 15.59 = 0.50045…
    const report = coachText(blocks("The cat sat on the mat.", "Refunds reach your card today."));
    expect(report.counts).toEqual({ sentences: 2, words: 11, syllables: 13 });
    expect(report.grade).toBeCloseTo(0.39 * 5.5 + (11.8 * 13) / 11 - 15.59, 5);
  });

  test("sentences and words come from the parse tree: abbreviations and numbers", () => {
    // "Shop Co." does not end the sentence; "2027" has no letters and is not a word to read.
    const report = coachText(blocks("Shop Co. opens in 2027. Come in."));
    expect(report.counts.sentences).toBe(2);
    expect(report.counts.words).toBe(6);
  });

  test("a grade at the target's edges", () => {
    expect(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 })).toBeNull();
    expect(gradeBand(null)).toBe("empty");
    expect(gradeBand(7.99)).toBe("easy");
    expect(gradeBand(8)).toBe("target");
    expect(gradeBand(10)).toBe("target");
    expect(gradeBand(10.01)).toBe("hard");
  });

  test("no text, no grade", () => {
    expect(coachText([])).toMatchObject({ grade: null, band: "empty", findings: [] });
  });
});

describe("the per-block cache", () => {
  test("analyses only blocks whose text changed", () => {
    const coach = createCoach();
    const texts = [...GOOD_PROSE];
    coach.report(blocks(...texts));
    expect(coach.analysed).toBe(texts.length);

    coach.report(blocks(...texts));
    expect(coach.analysed).toBe(texts.length);

    texts[2] = `${texts[2]} It is very good.`;
    const report = coach.report(blocks(...texts));
    expect(coach.analysed).toBe(texts.length + 1);
    expect(ofKind(report.findings, "weasel")[0]?.blockId).toBe(2);
  });

  test("keeps only the blocks of the last report", () => {
    const coach = createCoach();
    coach.report(blocks("One block."));
    coach.report(blocks("Another block."));
    expect(coach.has("One block.")).toBe(false);
    expect(coach.has("Another block.")).toBe(true);
  });

  test("moved blocks keep their analysis and take their new ids", () => {
    const coach = createCoach();
    coach.report(blocks("Plain words.", "It is very fast."));
    const report = coach.report([{ id: 40, text: "It is very fast." }]);
    expect(coach.analysed).toBe(2);
    expect(report.findings.every(({ blockId }) => blockId === 40)).toBe(true);
  });
});
