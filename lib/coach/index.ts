/**
 * The press-release coach: plain-language advice over a press release's text
 * (readability grade, long and hard sentences, passive voice, weasel words,
 * jargon). Pure and isomorphic; the editor shows it as underlines and a panel.
 * It advises and never blocks.
 */
export type * from "./types";
export { COACH_KINDS } from "./types";
export { createCoach, coachText, type Coach } from "./coach";
export { analyseBlock } from "./analyse-block";
export { fleschKincaidGrade, gradeBand } from "./grade";
export { GRADE_TARGET, MAX_SENTENCE_WORDS, READABILITY } from "./thresholds";
export { COACH_KIND_LABELS } from "./labels";
