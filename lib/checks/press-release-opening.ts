import { countWords } from "@/editor/document";
import { parseDateline } from "./dates";
import { childrenOf, partAnchor, textOf, writtenBlocks, type OutlineSection } from "./outline";
import { isLabel, type PressRelease } from "./press-release-parts";
import { plural, result } from "./result";
import { countSentences } from "./sentences";
import type { CheckResult } from "./types";

/**
 * A headline fits on one line of a news page: 15 words at most. Amazon's
 * examples run 6–12 words; past 15 it is a sentence, not a headline.
 */
export const HEADLINE_MAX_WORDS = 15;
/** After the city and date, the summary says what launches and for whom: a sentence of 8 words or more. */
export const SUMMARY_MIN_WORDS = 8;

/** A line of the release and the top-level block that holds it. */
type Line = { text: string; index: number };

/**
 * The part's lines: what is written under its heading, or, when nothing is,
 * the heading itself if it holds words rather than the part's name (people
 * overwrite the template's "Headline" with the headline). A heading renamed
 * to anything else ("Section 2") over written lines stays a heading.
 */
function linesOf(pr: PressRelease, part: "headline" | "subheading"): Line[] {
  const section = pr.parts[part];
  if (!section) return [];
  const lines = writtenBlocks(section).map(({ text, index }) => ({ text, index }));
  const heading = section.heading;
  if (lines.length > 0 || !heading?.text || isLabel(part, heading.text)) return lines;
  return [{ text: heading.text, index: heading.index }];
}

/**
 * Without a headline part, the headline is what opens the document: its
 * first written block, if no part of the template claims it.
 */
function openingLines(pr: PressRelease): Line[] {
  const first = pr.sections[0];
  if (!first) return [];
  if (first.heading && (pr.partOf.has(first) || !first.heading.text)) return [];
  const lines = writtenBlocks(first).map(({ text, index }) => ({ text, index }));
  return first.heading
    ? [{ text: first.heading.text, index: first.heading.index }, ...lines]
    : lines;
}

function headlineLines(pr: PressRelease): Line[] {
  return pr.parts.headline ? linesOf(pr, "headline") : openingLines(pr);
}

/** The headline: written, on one line, and short (see `HEADLINE_MAX_WORDS`). */
export function headlineCheck(pr: PressRelease): CheckResult {
  const item = {
    id: "headline",
    label: "Headline",
    hint: `The launch in one short line a customer would understand (${HEADLINE_MAX_WORDS} words at most).`,
  };
  const headline = headlineLines(pr)[0];
  if (!headline) return result(item, { passed: false, anchor: partAnchor(pr.parts.headline) });
  const words = countWords(headline.text);
  const anchor = { kind: "block", index: headline.index } as const;
  if (headline.text.includes("\n"))
    return result(item, { passed: false, detail: "Keep the headline on one line.", anchor });
  if (words > HEADLINE_MAX_WORDS)
    return result(item, {
      passed: false,
      detail: `${plural(words, "word")}: cut it to ${HEADLINE_MAX_WORDS} or fewer.`,
      anchor,
    });
  return result(item, { passed: true });
}

/** The subheading: exactly one sentence. */
export function subheadingCheck(pr: PressRelease): CheckResult {
  const item = {
    id: "subheading",
    label: "Subheading",
    hint: "One sentence under the headline: who the customer is and what they get.",
  };
  // Without its own heading, the subheading is often the line under the headline.
  const lines = pr.parts.subheading ? linesOf(pr, "subheading") : headlineLines(pr).slice(1, 2);
  const first = lines[0];
  if (!first) return result(item, { passed: false, anchor: partAnchor(pr.parts.subheading) });
  const sentences = countSentences(lines.map((line) => line.text).join("\n\n"));
  return result(item, {
    passed: sentences === 1,
    detail: `${plural(sentences, "sentence")}: say it in one.`,
    anchor: { kind: "block", index: first.index },
  });
}

/** The top-level paragraphs of a section, or of the whole document. */
function paragraphs(pr: PressRelease, section?: OutlineSection): Line[] {
  const blocks = section
    ? section.blocks
    : childrenOf(pr.doc).map((node, index) => ({ node, index }));
  return blocks
    .filter((block) => block.node.type === "paragraph")
    .map((block) => ({ text: textOf(block.node).trim(), index: block.index }))
    .filter((line) => line.text.length > 0);
}

/** The summary: a paragraph, anywhere, that opens with a city and a launch date and goes on to say what launches. */
export function summaryCheck(pr: PressRelease): CheckResult {
  const item = {
    id: "summary",
    label: "Summary with city and date",
    hint: "A paragraph that opens with the city and launch date (“SEATTLE, May 4, 2027 — …”), then what launches, for whom and why.",
  };
  // The summary's own paragraphs first, then any paragraph: a moved summary still counts.
  const own = paragraphs(pr, pr.parts.summary);
  const candidates = [...own, ...paragraphs(pr)];
  const datelined = candidates
    .map((line) => ({ line, dateline: parseDateline(line.text) }))
    .filter((candidate) => candidate.dateline);
  const full = datelined.find(
    (candidate) => countWords(candidate.dateline?.rest ?? "") >= SUMMARY_MIN_WORDS,
  );
  if (full) return result(item, { passed: true });
  const short = datelined[0];
  if (short)
    return result(item, {
      passed: false,
      detail: "After the date, say what launches, for whom, and why it matters.",
      anchor: { kind: "block", index: short.line.index },
    });
  const written = own[0];
  if (written)
    return result(item, {
      passed: false,
      detail: "Open with the city and launch date, e.g. “SEATTLE, May 4, 2027 —”.",
      anchor: { kind: "block", index: written.index },
    });
  return result(item, { passed: false, anchor: partAnchor(pr.parts.summary) });
}
