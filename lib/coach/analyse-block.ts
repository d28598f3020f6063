import type { Root, Sentence, Word } from "nlcst";
import { toString } from "nlcst-to-string";
import { syllable } from "syllable";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import {
  jargonAdvice,
  longSentenceAdvice,
  passiveAdvice,
  readabilityAdvice,
  weaselAdvice,
  type Advice,
  type IntensifyRule,
} from "./messages";
import { BUSINESS_JARGON_SOURCE } from "./plugins/business-jargon";
import { REGULAR_PASSIVE_SOURCE } from "./plugins/regular-passive";
import { coachProcessor } from "./processor";
import { MAX_SENTENCE_WORDS } from "./thresholds";
import type { BlockAnalysis, BlockFinding, CoachKind, TextCounts } from "./types";

type Range = { from: number; to: number };
type VFileMessage = VFile["messages"][number];

/** A word for the Flesch–Kincaid counts: it has a letter ("2027" or "%" are not words to read). */
const HAS_LETTER = /\p{L}/u;

/** What the sentence pass learns, for the counts and for placing findings. */
type SentenceFacts = {
  counts: TextCounts;
  /** Sentences over the word limit, with their word counts. */
  long: (Range & { words: number })[];
  /** For each word's start offset, the start offset of the word before it in its sentence. */
  wordBefore: Map<number, number>;
};

function rangeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }) {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** Sentences, words and syllables from the parse tree, and the sentences that are too long. */
function readSentences(tree: Root): SentenceFacts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  const long: SentenceFacts["long"] = [];
  const wordBefore = new Map<number, number>();
  visit(tree, "SentenceNode", (sentence: Sentence) => {
    const words: Word[] = [];
    visit(sentence, "WordNode", (word: Word) => {
      words.push(word);
    });
    words.forEach((word, index) => {
      const start = word.position?.start.offset;
      const before = words[index - 1]?.position?.start.offset;
      if (start !== undefined && before !== undefined) wordBefore.set(start, before);
    });
    const readable = words.map((word) => toString(word)).filter((word) => HAS_LETTER.test(word));
    if (readable.length === 0) return;
    counts.sentences += 1;
    counts.words += readable.length;
    // syllable() gives 0 for a few letter strings ("hmm"); every word is read as at least one.
    counts.syllables += readable.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
    const range = rangeOf(sentence);
    if (range && readable.length > MAX_SENTENCE_WORDS)
      long.push({ ...range, words: readable.length });
  });
  return { counts, long, wordBefore };
}

function messageRange(message: VFileMessage): Range | undefined {
  const place = message.place;
  if (!place || !("start" in place)) return undefined;
  return rangeOf({ position: place });
}

/** A retext message as a finding's kind and words, or nothing for messages the coach drops. */
function classify(
  message: VFileMessage,
  text: string,
  long: SentenceFacts["long"],
  range: Range,
): { kind: CoachKind; advice: Advice } | undefined {
  const expected = message.expected ?? [];
  switch (message.source) {
    case "retext-passive":
    case REGULAR_PASSIVE_SOURCE:
      return { kind: "passive", advice: passiveAdvice() };
    case "retext-intensify":
      return { kind: "weasel", advice: weaselAdvice(message.ruleId as IntensifyRule, text) };
    case "retext-simplify":
      // retext-simplify says "remove it" only in its reason: that is where "omit" shows.
      return {
        kind: "jargon",
        advice: jargonAdvice(text, expected, message.reason.includes("remove it")),
      };
    case BUSINESS_JARGON_SOURCE:
      return { kind: "jargon", advice: jargonAdvice(text, expected, false) };
    case "retext-readability":
      // A sentence already flagged as too long says "split it"; a second finding adds noise.
      if (long.some((sentence) => sentence.from === range.from)) return undefined;
      return { kind: "readability", advice: readabilityAdvice() };
    default:
      return undefined;
  }
}

/**
 * "May" in a date ("May 4, 2027", "4 May"): the month, which the dateline
 * the press-release checklist asks for holds, not the hedge retext-intensify
 * lists. Capitalised and beside a number; "May we…" is still a hedge.
 */
function isMonth(flagged: string, text: string, range: Range): boolean {
  return (
    flagged === "May" &&
    (/^\s*\d/.test(text.slice(range.to)) || /\d\s*$/.test(text.slice(0, range.from)))
  );
}

/**
 * One block of text through the coach's retext pipeline: its findings, with
 * offsets into `text`, and its Flesch–Kincaid counts. Pure; call it through a
 * coach (./coach.ts) to cache by text.
 */
export function analyseBlock(text: string): BlockAnalysis {
  const file = new VFile(text);
  const tree = coachProcessor.parse(file);
  coachProcessor.runSync(tree, file);
  const { counts, long, wordBefore } = readSentences(tree);

  const findings: BlockFinding[] = long.map(({ from, to, words }) => ({
    kind: "long-sentence",
    from,
    to,
    text: text.slice(from, to),
    ...longSentenceAdvice(words),
  }));

  for (const message of file.messages) {
    let range = messageRange(message);
    if (!range) continue;
    if (message.source === "retext-passive") {
      // retext-passive marks the participle; the finding covers "is shipped", the whole phrase.
      const helper = wordBefore.get(range.from);
      if (helper !== undefined) range = { from: helper, to: range.to };
    }
    const flagged = text.slice(range.from, range.to);
    if (message.source === "retext-intensify" && isMonth(flagged, text, range)) continue;
    const found = classify(message, flagged, long, range);
    if (found) findings.push({ kind: found.kind, ...range, text: flagged, ...found.advice });
  }
  return { findings: dedupe(findings), counts };
}

/**
 * One finding per kind and range, and no jargon finding where a weasel one
 * covers the same words: retext-simplify and retext-intensify both flag
 * "very", and retext-passive and the regular-passive check can meet on "-ed"
 * irregulars ("was fed").
 */
function dedupe(findings: BlockFinding[]): BlockFinding[] {
  const seen = new Set<string>();
  const weasels = new Set(
    findings.filter((f) => f.kind === "weasel").map((f) => `${f.from}-${f.to}`),
  );
  return findings
    .filter((finding) => {
      const key = `${finding.kind}:${finding.from}-${finding.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return !(finding.kind === "jargon" && weasels.has(`${finding.from}-${finding.to}`));
    })
    .sort((a, b) => a.from - b.from || b.to - a.to);
}
