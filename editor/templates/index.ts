import type { Stage } from "@/lib/stages";
import type { TemplatePart } from "./types";
import { emptyFaqEntry } from "../extensions/faq-entry";
import { PRESS_RELEASE_TEMPLATE } from "./press-release";
import { FAQ_TEMPLATE } from "./faq";
import { USER_MANUAL_TEMPLATE } from "./user-manual";
import { MOCKUPS_TEMPLATE } from "./mockups";
import { FEASIBILITY_TEMPLATE } from "./feasibility";

export type { TemplatePart };

/** Each stage's headings and prompts, in document order. */
export const TEMPLATES: Record<Stage, TemplatePart[]> = {
  PRESS_RELEASE: PRESS_RELEASE_TEMPLATE,
  FAQ: FAQ_TEMPLATE,
  USER_MANUAL: USER_MANUAL_TEMPLATE,
  MOCKUPS: MOCKUPS_TEMPLATE,
  FEASIBILITY: FEASIBILITY_TEMPLATE,
};

/**
 * The template as a Tiptap document: per part, a heading and an empty block
 * (a paragraph, or an FAQ entry) which shows the prompt.
 */
export function templateDocument(stage: Stage) {
  return {
    type: "doc",
    content: TEMPLATES[stage].flatMap((part) => [
      {
        type: "heading",
        attrs: { level: 2, part: part.id },
        content: [{ type: "text", text: part.heading }],
      },
      part.body === "faqEntry" ? emptyFaqEntry() : { type: "paragraph" },
    ]),
  };
}

/**
 * The prompt for an empty `body` block (a paragraph, or an FAQ entry's
 * question) that follows `heading` in `stage`, if the heading is the
 * template's and its part starts with that kind of block. So a stray
 * paragraph in an FAQ part does not ask for a question: only entries count
 * as questions there.
 */
export function promptFor(
  stage: Stage,
  heading: string | undefined,
  body: NonNullable<TemplatePart["body"]> = "paragraph",
): string | undefined {
  if (!heading) return undefined;
  const part = TEMPLATES[stage].find(
    (candidate) => candidate.heading.toLowerCase() === heading.trim().toLowerCase(),
  );
  return part && (part.body ?? "paragraph") === body ? part.prompt : undefined;
}
