import type { Root } from "nlcst";
import { toString } from "nlcst-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { BUSINESS_JARGON } from "../jargon";

/** The `source` of this plugin's messages. */
export const BUSINESS_JARGON_SOURCE = "coach-business-jargon";

/**
 * Flags the business jargon retext-simplify lacks (see ../jargon.ts), with the
 * same message shape as retext-simplify (`actual`, `expected`), so the coach
 * treats both alike.
 */
export const businessJargon: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    visit(tree, "WordNode", (word) => {
      const actual = toString(word);
      const expected = BUSINESS_JARGON[actual.toLowerCase()];
      if (!expected || !word.position) return;
      const message = file.message(`Unexpected jargon \`${actual}\``, {
        place: word.position,
        source: BUSINESS_JARGON_SOURCE,
        ruleId: actual.toLowerCase(),
      });
      message.actual = actual;
      message.expected = [...expected];
    });
  };
};
