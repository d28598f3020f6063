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
 * (a paragraph, or an FAQ entry) which shows the prompt. It always ends with
 * a paragraph: otherwise the editor's trailing-node rule would add one in
 * every browser that opens the new document, at the same moment (and in a
 * read-only one, a paragraph the server never stores).
 */
export function templateDocument(stage: Stage) {
  const content = TEMPLATES[stage].flatMap((part) => [
    {
      type: "heading",
      attrs: { level: 2, part: part.id },
      content: [{ type: "text", text: part.heading }],
    },
    part.body === "faqEntry" ? emptyFaqEntry() : { type: "paragraph" },
  ]);
  const endsWithParagraph = content.at(-1)?.type === "paragraph";
  return {
    type: "doc",
    content: endsWithParagraph ? content : [...content, { type: "paragraph" }],
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
