import { describe, expect, it } from "vitest";
import { countSentences } from "./sentences";

describe("countSentences", () => {
  it.each([
    ["", 0],
    ["Shop Co. lets shoppers get refunds at the counter in 40 U.S. stores.", 1],
    ["Dr. Smith met Mr. Jones at 9 a.m. today. Then they left!", 2],
    ["Refunds now arrive at once. No waiting. Ever?", 3],
    ["One paragraph.\n\nAnother paragraph.", 2],
    ["A subheading without a full stop", 1],
  ])("%j has %i", (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});
