import type { Root, Sentence, Word } from "nlcst";
import { toString } from "nlcst-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { BE_VERBS } from "../thresholds";

/** The `source` of this plugin's messages. */
export const REGULAR_PASSIVE_SOURCE = "coach-regular-passive";

/**
 * "-ed" words that follow "is/are/was…" as adjectives, not passives: a press
 * release is "excited to announce", a store is "located in Seattle". Without
 * these the check would flag sentences that already say who does what.
 */
const ADJECTIVES_IN_ED: ReadonlySet<string> = new Set([
  "based",
  "concerned",
  "delighted",
  "excited",
  "interested",
  "involved",
  "located",
  "pleased",
  "prepared",
  "proud",
  "supposed",
  "thrilled",
  "tired",
  "used",
  "worried",
]);

/** A word at least four letters long ending in "ed": a regular past participle. */
const looksRegularParticiple = (value: string) => value.length > 3 && /^[a-z]+ed$/i.test(value);

/** An adverb ("quickly") allowed between the helper verb and the participle. */
const looksAdverb = (value: string) => /^[a-z]+ly$/i.test(value);

/**
 * Passive voice with regular verbs ("was designed", "is quickly shipped"):
 * retext-passive only lists irregular participles ("built", "given"), and a
 * press release's passives are mostly regular. Walks each sentence's words in
 * retext's parse tree: a form of "be", at most one "-ly" adverb, then an "-ed"
 * word that is not a common adjective. Words must be adjacent (no punctuation
 * between). Reported from the helper verb to the participle.
 */
export const regularPassive: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    visit(tree, "SentenceNode", (sentence: Sentence) => {
      // Adjacent words only: punctuation between two words breaks the run.
      const runs: Word[][] = [[]];
      for (const child of sentence.children) {
        if (child.type === "WordNode") runs.at(-1)?.push(child);
        else if (child.type !== "WhiteSpaceNode") runs.push([]);
      }
      for (const words of runs) {
        words.forEach((helper, index) => {
          if (!BE_VERBS.has(toString(helper).toLowerCase())) return;
          let next = words[index + 1];
          if (next && looksAdverb(toString(next))) next = words[index + 2];
          if (!next) return;
          const participle = toString(next);
          if (!looksRegularParticiple(participle)) return;
          if (ADJECTIVES_IN_ED.has(participle.toLowerCase())) return;
          const start = helper.position?.start;
          const end = next.position?.end;
          if (!start || !end) return;
          const message = file.message("Unexpected use of the passive voice", {
            place: { start, end },
            source: REGULAR_PASSIVE_SOURCE,
            ruleId: participle.toLowerCase(),
          });
          message.actual = String(file.value).slice(start.offset, end.offset);
          message.expected = [];
        });
      }
    });
  };
};
