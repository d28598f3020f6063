/**
 * Technical feasibility's checklist: risks, dependencies, open questions and
 * an estimate, each a part with something written under its heading (prose
 * or a list). "Something" is at least 2 words, placeholders such as "TBD" or
 * "TODO" not counted: "Payments API" is a dependency, "TBD" is not an
 * estimate. The approach is in the template for the writer's sake; the
 * design does not ask for it, so it is not on the checklist.
 * Parts are found by their heading's `part`, then by the heading's words.
 */
import { bodyWords, findParts, outline, partAnchor, type PartSpec } from "./outline";
import { result } from "./result";
import type { StageChecks } from "./types";

/** Written content: two words or more. */
export const MIN_PART_WORDS = 2;

const PARTS = [
  { id: "risks", names: /\b(?:risks?|threats?|what could go wrong)\b/i },
  { id: "dependencies", names: /\b(?:dependenc(?:y|ies)|depends on|prerequisites|we need)\b/i },
  { id: "open-questions", names: /\b(?:open questions?|questions|unknowns?)\b/i },
  { id: "estimate", names: /\b(?:estimates?|estimation|effort|timeline|cost|sizing)\b/i },
] as const satisfies readonly PartSpec[];

type Part = (typeof PARTS)[number]["id"];

const ITEMS: Record<Part, { label: string; hint: string }> = {
  risks: {
    label: "Risks",
    hint: "What could stop us or make us late, and how we would find out early.",
  },
  dependencies: { label: "Dependencies", hint: "The teams, systems and vendors we need." },
  "open-questions": {
    label: "Open questions",
    hint: "What we do not know yet, and who will answer it.",
  },
  estimate: { label: "Estimate", hint: "People and time, with how confident we are." },
};

/** The feasibility checklist. */
export const feasibilityChecks: StageChecks = (doc) => {
  const parts = findParts(outline(doc), PARTS);
  return {
    checks: PARTS.map(({ id }) =>
      result(
        { id, ...ITEMS[id] },
        { passed: bodyWords(parts[id]) >= MIN_PART_WORDS, anchor: partAnchor(parts[id]) },
      ),
    ),
  };
};
