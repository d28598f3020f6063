/**
 * Every number the coach judges by, in one place. The coach only advises: none
 * of these blocks completing a stage.
 */

/**
 * The Flesch–Kincaid grade a press release should aim for: readable by a
 * general adult audience (newspapers write at about grade 8–10). Below the
 * target is fine — "very easy" is never a problem for a customer — so only
 * a grade above `GRADE_TARGET.max` is a warning.
 */
export const GRADE_TARGET = { min: 8, max: 10 } as const;

/**
 * A sentence with more words than this is flagged as too long. 25 is the
 * ceiling plain-language guides use (GOV.UK's style guide, the Plain English
 * Campaign's 15–20 average with 25 as the upper end): past it, readers lose
 * the thread. A long sentence has a clear fix — split it — which a PM can act on.
 */
export const MAX_SENTENCE_WORDS = 25;

/**
 * retext-readability flags a sentence when enough of its seven formulas put it
 * above a reader's age. Age 15 is grade 10 (grade + 5, the plugin's own
 * conversion), the top of our target, so a sentence is "hard" exactly when it
 * reads above the target. It needs 4 of 7 formulas to agree (the plugin's
 * default) and at least 5 words (shorter sentences are skewed by one long word).
 * It catches short sentences stuffed with long words, which the word count misses;
 * sentences already flagged as too long are not flagged again.
 */
export const READABILITY = { age: GRADE_TARGET.max + 5, threshold: 4 / 7, minWords: 5 } as const;

/**
 * How a retext-passive "be + participle" is widened to the helper verb, and
 * which helper verbs count (the same set retext-passive uses).
 */
export const BE_VERBS: ReadonlySet<string> = new Set([
  "am",
  "are",
  "is",
  "was",
  "were",
  "be",
  "been",
  "being",
]);
