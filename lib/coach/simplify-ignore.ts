/**
 * Words retext-simplify flags that a press release uses in their plain
 * sense, so flagging them is noise:
 * - "vice": part of job titles ("Vice President"), which the leader's quote
 *   attribution needs; simplify reads it as the Latin "in place of".
 * - "purchase": how retail writes about a sale ("find the purchase from the
 *   card"); "buy" is not always a drop-in.
 * - "forward": simplify reads it as the verb ("forward the email": "send"),
 *   which turns "going forward" or "forward-looking" into nonsense advice.
 * - "it is": simplify would have it cut wherever it occurs, which leaves no
 *   sentence ("It is free for every shopper"). Its wordy phrases ("it is
 *   essential", "it is requested") are still flagged.
 */
export const SIMPLIFY_IGNORE = ["vice", "purchase", "forward", "it is"];
