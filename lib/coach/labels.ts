import type { CoachKind } from "./types";

/** Each kind's name in the UI: the hint and the panel say it in words, not only in colour. */
export const COACH_KIND_LABELS: Record<CoachKind, string> = {
  readability: "Hard to read",
  "long-sentence": "Long sentence",
  passive: "Passive voice",
  weasel: "Weasel word",
  jargon: "Jargon",
};
