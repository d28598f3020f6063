/**
 * The user manual's checklist: an introduction, then numbered steps a
 * customer follows.
 *
 * - Steps: an ordered list with at least 2 written items (one step is an
 *   instruction, not a walk-through). The list under the steps heading counts
 *   first; without one, any ordered list in the document does, wherever it
 *   sits (inside a blockquote or list too).
 * - Introduction: prose that comes before the steps, at least 6 words (a
 *   sentence): the "Before you start" part, or any paragraph above the steps
 *   list (above the steps heading when there is no list yet, anywhere when
 *   there are no steps at all).
 * Parts are found by their heading's `part`, then by the heading's words.
 */
import type { JSONContent } from "@tiptap/core";
import { countWords } from "@/editor/document";
import {
  bodyWords,
  childrenOf,
  descendants,
  findParts,
  outline,
  partAnchor,
  textOf,
  type OutlineSection,
  type PartSpec,
} from "./outline";
import { plural, result } from "./result";
import type { CheckResult, StageChecks } from "./types";

/** Fewer steps than this is an instruction, not a walk-through. */
export const MIN_STEPS = 2;
/** An introduction says at least one sentence. */
export const MIN_INTRO_WORDS = 6;

const PARTS = [
  {
    id: "before-you-start",
    names:
      /\b(?:before you (?:start|begin)|introduction|intro|overview|what you need|prerequisites|requirements)\b/i,
  },
  {
    id: "steps",
    names: /\b(?:get(?:ting)? started|steps?|set ?up|first use|quick ?start|how to start)\b/i,
  },
] as const satisfies readonly PartSpec[];

/** An ordered list and the top-level block it sits in. */
type StepList = { blockIndex: number; steps: number };

function stepLists(doc: JSONContent, within?: OutlineSection): StepList[] {
  const indexes = within && new Set(within.blocks.map((block) => block.index));
  return [...descendants(doc)]
    .filter(
      ({ node, blockIndex }) =>
        node.type === "orderedList" && (!indexes || indexes.has(blockIndex)),
    )
    .map(({ node, blockIndex }) => ({
      blockIndex,
      steps: childrenOf(node).filter((item) => textOf(item).trim()).length,
    }));
}

/** The list with the most steps; the first of them on a tie. */
function longest(lists: StepList[]): StepList | undefined {
  return lists.reduce<StepList | undefined>(
    (best, list) => (!best || list.steps > best.steps ? list : best),
    undefined,
  );
}

function stepsCheck(steps: OutlineSection | undefined, list?: StepList): CheckResult {
  const item = {
    id: "steps",
    label: "Numbered steps",
    hint: `The steps a customer follows, in order, as a numbered list (${MIN_STEPS} or more).`,
  };
  if (list && list.steps >= MIN_STEPS) return result(item, { passed: true });
  if (list)
    return result(item, {
      passed: false,
      detail: `${plural(list.steps, "step")}: write each step as its own numbered item.`,
      anchor: { kind: "block", index: list.blockIndex },
    });
  const bullets = steps?.blocks.find((block) => block.node.type === "bulletList");
  if (bullets)
    return result(item, {
      passed: false,
      detail: "Number the steps: make the bullet list a numbered list.",
      anchor: { kind: "block", index: bullets.index },
    });
  return result(item, {
    passed: false,
    detail: bodyWords(steps) > 0 ? "Put the steps in a numbered list." : undefined,
    anchor: partAnchor(steps),
  });
}

function introductionCheck(
  doc: JSONContent,
  before: OutlineSection | undefined,
  stepsStart: number | undefined,
): CheckResult {
  const item = {
    id: "introduction",
    label: "Introduction",
    hint: "A few words before the steps: who this is for and what they need first.",
  };
  const aboveSteps = childrenOf(doc)
    .slice(0, stepsStart)
    .filter((node) => node.type === "paragraph")
    .some((node) => countWords(textOf(node)) >= MIN_INTRO_WORDS);
  return result(item, {
    passed: bodyWords(before) >= MIN_INTRO_WORDS || aboveSteps,
    anchor: partAnchor(before),
  });
}

/** The user manual's checklist. */
export const userManualChecks: StageChecks = (doc) => {
  const parts = findParts(outline(doc), PARTS);
  const steps = parts.steps;
  // The list under the steps heading when it will do, else the longest anywhere.
  const own = longest(stepLists(doc, steps));
  const list = own && own.steps >= MIN_STEPS ? own : longest(stepLists(doc));
  return {
    checks: [
      introductionCheck(doc, parts["before-you-start"], list?.blockIndex ?? steps?.heading?.index),
      stepsCheck(steps, list),
    ],
  };
};
