/**
 * The press release's checklist: the nine parts of an Amazon-style launch
 * release, the five customer questions, and its length.
 *
 * How a part is found, so renaming, moving or retyping a heading changes nothing:
 * 1. by the `part` the template stored on its heading (survives renaming and moving);
 * 2. by a heading whose words name the part (a heading retyped without the
 *    attribute), see `PRESS_RELEASE_PARTS`;
 * 3. by its shape, where it has one, when its heading is gone: a paragraph that
 *    opens with a city and date is the summary wherever it sits; a quotation
 *    with an attribution is a quote; an ordered list is how to get started; a
 *    link in the last paragraph is the call to action; the first line of a
 *    document without a headline heading is the headline.
 * Nothing depends on the order of the parts.
 *
 * Leader or customer? A quote under the leader's or the customer's heading is
 * theirs. A quote found elsewhere is a leader's when its attribution carries a
 * title (CEO, VP, head of, director, founder, manager, lead, chair…) and a
 * customer's otherwise, since customers are introduced by who they are ("a
 * shopper in Austin"), leaders by their job. See quotes.ts.
 *
 * Thresholds: headline ≤ 15 words on one line; subheading exactly one sentence
 * (counted by the retext English parser, which knows "Co." and "U.S."); the
 * summary has 8+ words after its dateline; problem, solution and getting
 * started 12+ words each, call to action 4+; the whole release ≤ 500 words
 * (what a reader reads: the template's headings that only name a part are
 * not counted), warning from 450.
 */
import type { JSONContent } from "@tiptap/core";
import { customerQuestionsCheck } from "./customer";
import { writtenWords } from "./outline";
import { headlineCheck, subheadingCheck, summaryCheck } from "./press-release-opening";
import { readPressRelease, releaseWords } from "./press-release-parts";
import { quoteChecks } from "./press-release-quotes";
import { storyChecks } from "./press-release-story";
import { plural, result } from "./result";
import type { CheckCounter, CheckResult, StageChecks } from "./types";

/** About one printed page. */
export const PRESS_RELEASE_WORD_LIMIT = 500;
/** Where the counter starts to warn, so writers trim before they are over. */
export const PRESS_RELEASE_WORD_WARNING = 450;

function lengthCheck(doc: JSONContent, counter: CheckCounter): CheckResult {
  const item = {
    id: "length",
    label: "Under one page",
    hint: `Keep the release to about one page: ${PRESS_RELEASE_WORD_LIMIT} words at most.`,
  };
  // An empty release is not a one-page release: nothing written fails too, so
  // an untouched template passes no required item.
  if (writtenWords(doc) === 0)
    return result(item, { passed: false, detail: "Nothing written yet.", anchor: { kind: "end" } });
  const over = counter.value - counter.limit;
  return result(item, {
    passed: over <= 0,
    detail: `${plural(counter.value, "word")}: cut ${plural(over, "word")}.`,
  });
}

/** The press release's checklist and its word counter. */
export const pressReleaseChecks: StageChecks = (doc, context) => {
  const pr = readPressRelease(doc);
  const counter: CheckCounter = {
    label: "Length",
    unit: "words",
    value: releaseWords(pr),
    limit: PRESS_RELEASE_WORD_LIMIT,
    warnFrom: PRESS_RELEASE_WORD_WARNING,
  };
  const story = storyChecks(pr);
  const quotes = quoteChecks(pr);
  // The template's order, so the checklist reads like the release.
  const checks = [
    headlineCheck(pr),
    subheadingCheck(pr),
    summaryCheck(pr),
    story.problem,
    story.solution,
    quotes.leader,
    story["getting-started"],
    quotes.customer,
    story["call-to-action"],
    customerQuestionsCheck(context?.customer),
    lengthCheck(doc, counter),
  ];
  return { checks, counter };
};
