import retextEnglish from "retext-english";
import retextIntensify from "retext-intensify";
import retextPassive from "retext-passive";
import retextReadability from "retext-readability";
import retextSimplify from "retext-simplify";
import { unified } from "unified";
import { INTENSIFY_IGNORE } from "./intensify-ignore";
import { SIMPLIFY_IGNORE } from "./simplify-ignore";
import { businessJargon } from "./plugins/business-jargon";
import { regularPassive } from "./plugins/regular-passive";
import { READABILITY } from "./thresholds";

/**
 * The one retext pipeline every block goes through. Building it loads the
 * plugins' word lists, so it is built once and reused: parsing and running a
 * block is then cheap. Frozen, because unified processors are otherwise
 * reconfigurable and this one is shared.
 */
export const coachProcessor = unified()
  .use(retextEnglish)
  .use(retextPassive)
  .use(regularPassive)
  .use(retextIntensify, { ignore: INTENSIFY_IGNORE })
  .use(retextSimplify, { ignore: SIMPLIFY_IGNORE })
  .use(businessJargon)
  .use(retextReadability, {
    age: READABILITY.age,
    threshold: READABILITY.threshold,
    minWords: READABILITY.minWords,
  })
  .freeze();
