import { fleschKincaid } from "flesch-kincaid";
import { GRADE_TARGET } from "./thresholds";
import type { GradeBand, TextCounts } from "./types";

/**
 * The Flesch–Kincaid grade level of text with these counts (the flesch-kincaid
 * package: 0.39 × words/sentence + 11.8 × syllables/word − 15.59), or null
 * when there is nothing to grade.
 */
export function fleschKincaidGrade(counts: TextCounts): number | null {
  const grade = fleschKincaid({
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
  });
  return Number.isFinite(grade) ? grade : null;
}

/** Where a grade falls against the target: below it is fine, above it warns. */
export function gradeBand(grade: number | null): GradeBand {
  if (grade === null) return "empty";
  if (grade < GRADE_TARGET.min) return "easy";
  if (grade <= GRADE_TARGET.max) return "target";
  return "hard";
}
