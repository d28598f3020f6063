import { countWords } from "@/editor/document";
import { entriesIn, type FoundEntry } from "./faq-entries";
import { findPart, outline, textOf, type OutlineSection } from "./outline";
import type { CheckAnchor, CheckCounter, CheckResult, StageChecks } from "./types";

/**
 * Pages are estimated from words: about 500 words fill a single-spaced page
 * (the press release's "one page" is the same 500 words), so five pages are
 * about 2,500 words.
 */
export const WORDS_PER_PAGE = 500;
export const MAX_PAGES = 5;
/** Fewer questions than this and the FAQ has probably not met its readers' doubts yet. */
export const MIN_ENTRIES = 5;

// Headings people typed themselves, or documents older than the part attribute.
const EXTERNAL_NAMES = /\b(external|customers?)\b/i;
const INTERNAL_NAMES = /\b(internal|business|stakeholders?)\b/i;

/** Pages of `words`, rounded up to a tenth: over the limit as soon as one word is. */
export function pagesOf(words: number): number {
  return Math.ceil((words * 10) / WORDS_PER_PAGE) / 10;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Questions quoted in a check's detail are cut to this many characters. */
const QUOTED_MAX = 40;

/**
 * The count, and which question the item's click goes to, so a long FAQ
 * need not be searched: "2 questions don't end with “?”, first “Cards”".
 */
function countAndFirst(entries: FoundEntry[], one: string, many: string): string {
  const first = entries[0]?.question.trim() ?? "";
  const quoted = !first
    ? "an empty one"
    : `“${first.length > QUOTED_MAX ? `${first.slice(0, QUOTED_MAX - 1).trimEnd()}…` : first}”`;
  return `${plural(entries.length, one, many)}${entries.length === 1 ? ":" : ", first"} ${quoted}`;
}

/** Where a question goes: into an entry (its end is the end of its answer), or under an old-style question. */
const entryAnchor = (entry: FoundEntry): CheckAnchor =>
  entry.legacy ? { kind: "after", index: entry.index } : { kind: "block", index: entry.index };

/** The first line under a part's heading, or the end when the part is missing. */
const underHeading = (section: OutlineSection | undefined): CheckAnchor =>
  section?.heading ? { kind: "after", index: section.heading.index } : { kind: "end" };

function partsCheck(
  external: OutlineSection | undefined,
  internal: OutlineSection | undefined,
): CheckResult {
  const check = {
    id: "parts",
    label: "External FAQ, then Internal FAQ",
    hint: "Customers' questions under “External FAQ” first, then the business's under “Internal FAQ”.",
    required: true,
  };
  const externalAt = external?.heading?.index;
  const internalAt = internal?.heading?.index;
  if (externalAt === undefined) {
    const before = internalAt !== undefined && internalAt > 0 ? internalAt - 1 : undefined;
    return {
      ...check,
      passed: false,
      detail: internalAt === undefined ? "Neither part is there" : "No External FAQ part",
      anchor: before === undefined ? { kind: "end" } : { kind: "after", index: before },
    };
  }
  if (internalAt === undefined) {
    return { ...check, passed: false, detail: "No Internal FAQ part", anchor: { kind: "end" } };
  }
  if (internalAt < externalAt) {
    return {
      ...check,
      passed: false,
      detail: "Internal FAQ comes before External FAQ",
      anchor: { kind: "block", index: internalAt },
    };
  }
  return { ...check, passed: true };
}

/**
 * The FAQ's checklist: customers' questions first, then the business's;
 * every question ends with "?" and has an answer; enough questions; at most
 * five pages. Entries written the old way (before FAQ entries) count too.
 */
export const faqChecks: StageChecks = (doc) => {
  const sections = outline(doc);
  const external = findPart(sections, "external", EXTERNAL_NAMES);
  const found = findPart(sections, "internal", INTERNAL_NAMES);
  // A heading naming both ("Customer and business questions") is the external part only.
  const internal = found === external ? undefined : found;

  const entries = sections.flatMap((section) => entriesIn(section.blocks));
  const internalEntries = internal ? entriesIn(internal.blocks) : [];
  const noQuestionsYet = { detail: "No questions yet", anchor: underHeading(external) };

  const unmarked = entries.filter((entry) => !entry.question.endsWith("?"));
  const unanswered = entries.filter((entry) => !entry.answered);
  const last = entries.at(-1);

  const words = countWords(textOf(doc));
  const pages = pagesOf(words);
  const counter: CheckCounter = {
    label: "Length",
    unit: "pages",
    value: pages,
    limit: MAX_PAGES,
    warnFrom: 4,
  };

  const checks: CheckResult[] = [
    partsCheck(external, internal),
    {
      id: "question-marks",
      label: "Questions end with “?”",
      hint: "Write each question the way a customer or colleague would ask it, ending with “?”.",
      required: true,
      passed: entries.length > 0 && unmarked.length === 0,
      ...(entries.length === 0
        ? noQuestionsYet
        : unmarked[0]
          ? {
              detail: countAndFirst(
                unmarked,
                "question doesn't end with “?”",
                "questions don't end with “?”",
              ),
              anchor: entryAnchor(unmarked[0]),
            }
          : {}),
    },
    {
      id: "answers",
      label: "Every question has an answer",
      hint: "Answer each question right under it, plainly.",
      required: true,
      passed: entries.length > 0 && unanswered.length === 0,
      ...(entries.length === 0
        ? noQuestionsYet
        : unanswered[0]
          ? {
              detail: countAndFirst(
                unanswered,
                "question has no answer",
                "questions have no answer",
              ),
              anchor: entryAnchor(unanswered[0]),
            }
          : {}),
    },
    {
      id: "entries",
      label: `At least ${MIN_ENTRIES} questions`,
      hint: "The questions customers and the business will ask first: aim for five or more.",
      // Required, as the method asks: fewer than five means the hard questions were not asked yet.
      required: true,
      passed: entries.length >= MIN_ENTRIES,
      ...(entries.length < MIN_ENTRIES
        ? {
            detail: `${entries.length} of ${MIN_ENTRIES}`,
            anchor: last ? entryAnchor(last) : underHeading(external),
          }
        : {}),
    },
    {
      id: "internal-questions",
      label: "Internal questions",
      hint: "At least one of the business's questions under Internal FAQ: cost, risks, dependencies, why now.",
      required: true,
      passed: internalEntries.length > 0,
      ...(internalEntries.length > 0 ? {} : { anchor: underHeading(internal) }),
    },
    {
      id: "length",
      label: `At most ${MAX_PAGES} pages`,
      hint: `About ${WORDS_PER_PAGE} words make a page: keep what readers need to decide.`,
      required: true,
      passed: pages <= MAX_PAGES,
      ...(pages > MAX_PAGES ? { detail: `About ${pages} pages (${words} words)` } : {}),
    },
  ];
  return { checks, counter };
};
