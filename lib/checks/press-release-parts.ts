import type { JSONContent } from "@tiptap/core";
import { countWords } from "@/editor/document";
import { findParts, outline, textOf, type OutlineSection, type PartSpec } from "./outline";

/**
 * The press release's template parts and the heading words that name each
 * one when its `part` attribute is gone (a heading typed anew). The patterns
 * are tried in this order, and a heading serves one part only.
 */
export const PRESS_RELEASE_PARTS = [
  { id: "headline", names: /\b(?:head ?lines?|titles?)\b/i },
  { id: "subheading", names: /\b(?:sub-?(?:heading|headline|title)s?|standfirst|tagline)\b/i },
  { id: "summary", names: /\b(?:summary|overview|introduction|dateline|lede)\b/i },
  { id: "problem", names: /\b(?:problems?|pain points?|challenges?)\b/i },
  { id: "solution", names: /\b(?:solutions?|what we built|what['’]s new)\b/i },
  {
    id: "leader-quote",
    names:
      /\b(?:leaders?['’]?s?|leadership|executives?|exec|ceo|founders?|spokes(?:person|man|woman))\b/i,
  },
  {
    id: "getting-started",
    names:
      /\b(?:how (?:it|to) (?:works?|start|get started|use it)|get(?:ting)? started|sign(?:ing)? up|set ?up)\b/i,
  },
  {
    id: "customer-quote",
    names:
      /\btestimonials?\b|\b(?:customers?|users?|shoppers?|clients?)['’]?s?\b.*\b(?:quotes?|say|says|voices?|words)\b|\b(?:quotes?|words)\b.*\b(?:customers?|users?|shoppers?|clients?)\b/i,
  },
  {
    id: "call-to-action",
    names:
      /\b(?:call to action|cta|next steps?|learn more|availability|where to (?:get|find|buy) it)\b/i,
  },
] as const satisfies readonly PartSpec[];

/** A press release template part's id. */
export type PressReleasePart = (typeof PRESS_RELEASE_PARTS)[number]["id"];

/** A press release read once, for all of its checks. */
export type PressRelease = {
  doc: JSONContent;
  sections: OutlineSection[];
  parts: Record<PressReleasePart, OutlineSection | undefined>;
  /** Which part each found section is, for content found outside its own part. */
  partOf: Map<OutlineSection, PressReleasePart>;
};

/** The release's outline and its parts, found once for all the checks. */
export function readPressRelease(doc: JSONContent): PressRelease {
  const sections = outline(doc);
  const parts = findParts(sections, PRESS_RELEASE_PARTS);
  const partOf = new Map<OutlineSection, PressReleasePart>();
  for (const { id } of PRESS_RELEASE_PARTS) {
    const section = parts[id];
    if (section) partOf.set(section, id);
  }
  return { doc, sections, parts, partOf };
}

/**
 * Whether a heading only names its part ("Headline", "Subheading") rather
 * than holding the words themselves: people often overwrite the template's
 * "Headline" heading with the headline. Three words at most, so a headline
 * that happens to say "title" is still a headline.
 */
export function isLabel(part: PressReleasePart, heading: string): boolean {
  const spec = PRESS_RELEASE_PARTS.find((candidate) => candidate.id === part);
  return Boolean(spec?.names.test(heading)) && countWords(heading) <= 3;
}

/**
 * The words a reader of the release reads: everything written, including a
 * headline typed over its heading, but not the template's headings that
 * only name a part ("Summary", "The problem"), which no published release has.
 */
export function releaseWords(pr: PressRelease): number {
  return pr.sections.reduce((sum, section) => {
    const part = pr.partOf.get(section);
    const heading = section.heading?.text ?? "";
    const headingWords = part && isLabel(part, heading) ? 0 : countWords(heading);
    const body = section.blocks.reduce((words, block) => words + countWords(textOf(block.node)), 0);
    return sum + headingWords + body;
  }, 0);
}
