import type { JSONContent } from "@tiptap/core";
import { bodyWords, childrenOf, descendants, partAnchor, textOf } from "./outline";
import type { PressRelease, PressReleasePart } from "./press-release-parts";
import { plural, result, type CheckItem } from "./result";
import type { CheckResult } from "./types";

/**
 * Words a story part needs before it counts as written: the problem, the
 * solution and how to get started take a couple of sentences; a call to action
 * can be one short line ("Visit shop.co/refunds to try it").
 */
export const STORY_MIN_WORDS = {
  problem: 12,
  solution: 12,
  "getting-started": 12,
  "call-to-action": 4,
};

type StoryPart = keyof typeof STORY_MIN_WORDS;

const ITEMS: Record<StoryPart, CheckItem> = {
  problem: {
    id: "problem",
    label: "The customer's problem",
    hint: "The customer's problem today, in their terms, and why it matters to them.",
  },
  solution: {
    id: "solution",
    label: "The solution",
    hint: "How the product solves the problem: what the customer does and what happens.",
  },
  "getting-started": {
    id: "getting-started",
    label: "How to get started",
    hint: "How a customer gets started, in two or three steps.",
  },
  "call-to-action": {
    id: "call-to-action",
    label: "Call to action",
    hint: "Close with where to go and what to do next.",
  },
};

/** An ordered list of two or more written steps: the shape of "how to get started". */
function hasSteps(doc: JSONContent): boolean {
  for (const { node } of descendants(doc)) {
    if (node.type !== "orderedList") continue;
    if (childrenOf(node).filter((item) => textOf(item).trim()).length >= 2) return true;
  }
  return false;
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|io|co|app|dev|ai|uk|de|fr|eu)\b/i;

/** A link or a web address in the release's last written block: the shape of a call to action. */
function endsWithLink(doc: JSONContent): boolean {
  const last = childrenOf(doc)
    .filter((node) => node.type !== "heading" && textOf(node).trim())
    .at(-1);
  if (!last) return false;
  const linked = [...descendants({ type: "doc", content: [last] })].some(({ node }) =>
    (Array.isArray(node.marks) ? node.marks : []).some((mark) => mark?.type === "link"),
  );
  return linked || URL.test(textOf(last));
}

function storyCheck(pr: PressRelease, part: StoryPart & PressReleasePart): CheckResult {
  const section = pr.parts[part];
  const words = bodyWords(section);
  const min = STORY_MIN_WORDS[part];
  if (words >= min) return result(ITEMS[part], { passed: true });
  // Where a part has a recognisable shape, it counts without its heading.
  const shaped =
    !section &&
    ((part === "getting-started" && hasSteps(pr.doc)) ||
      (part === "call-to-action" && endsWithLink(pr.doc)));
  return result(ITEMS[part], {
    passed: shaped,
    detail: words > 0 ? `Only ${plural(words, "word")}: say a little more.` : undefined,
    anchor: partAnchor(section),
  });
}

/** The problem, the solution, how to get started and the call to action. */
export function storyChecks(pr: PressRelease): Record<StoryPart, CheckResult> {
  return {
    problem: storyCheck(pr, "problem"),
    solution: storyCheck(pr, "solution"),
    "getting-started": storyCheck(pr, "getting-started"),
    "call-to-action": storyCheck(pr, "call-to-action"),
  };
}
