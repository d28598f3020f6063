import { GRADE_TARGET, MAX_SENTENCE_WORDS } from "./thresholds";

/** A finding's words: what is wrong, and what to do instead. */
export type Advice = { message: string; suggestion: string };

const quote = (text: string) => `“${text}”`;
const orList = (words: readonly string[]) => words.map(quote).join(" or ");

/** A sentence over the word limit. */
export function longSentenceAdvice(words: number): Advice {
  return {
    message: `Long sentence: ${words} words. Readers lose the thread after about ${MAX_SENTENCE_WORDS}.`,
    suggestion: `Split it in two, or cut words, to stay at ${MAX_SENTENCE_WORDS} words or fewer.`,
  };
}

/** A sentence most of retext-readability's formulas find hard. */
export function readabilityAdvice(): Advice {
  return {
    message: `Hard to read: most readability formulas put this sentence above grade ${GRADE_TARGET.max}.`,
    suggestion: "Use shorter, everyday words a customer would say.",
  };
}

/** Passive voice: the doer is hidden. */
export function passiveAdvice(): Advice {
  return {
    message: "Passive voice hides who does what.",
    suggestion: "Say who does it: “We ship it” not “It is shipped”.",
  };
}

/** retext-intensify's three lists, each with its own reason. */
export type IntensifyRule = "weasel" | "hedge" | "filler";

/** A weasel, hedge or filler word. */
export function weaselAdvice(rule: IntensifyRule, text: string): Advice {
  switch (rule) {
    case "hedge":
      return {
        message: `Hedging word ${quote(text)} sounds unsure.`,
        suggestion: "Say it plainly, or say what you know: a number, a date, a fact.",
      };
    case "filler":
      return {
        message: `Filler word ${quote(text)} adds nothing.`,
        suggestion: `Cut ${quote(text)}, or replace it with a fact (“in 2 minutes”, not “really fast”).`,
      };
    default:
      return {
        message: `Weasel word ${quote(text)} is vague.`,
        suggestion: `Cut ${quote(text)}, or say exactly what or how much (“3 times faster”, not “very fast”).`,
      };
  }
}

/**
 * Jargon or a needlessly complex phrase, with simpler words where known.
 * `omit`: cutting it is enough (retext-simplify's "remove it"); otherwise,
 * with no simpler word, the writer should say the fact the word stands in for.
 */
export function jargonAdvice(text: string, replacements: readonly string[], omit: boolean): Advice {
  const message = `Jargon: ${quote(text)} is a complicated way to say it.`;
  if (replacements.length === 0)
    return {
      message,
      suggestion: omit ? "Cut it." : "Cut it and say the fact instead: a number, a comparison.",
    };
  const use = `use ${orList(replacements)} instead`;
  return { message, suggestion: omit ? `Cut it, or ${use}.` : `U${use.slice(1)}.` };
}
