import { describe, expect, it } from "vitest";
import { draftLabel } from "./draft-label";

describe("draftLabel", () => {
  it("marks nothing on a complete stage", () => {
    expect(draftLabel("COMPLETE", true)).toBeUndefined();
  });

  it.each([
    ["DRAFTING", true, "Draft"],
    ["IN_REVIEW", true, "In review"],
    // Written, then locked again because an earlier stage was reopened: still a draft.
    ["LOCKED", true, "Draft"],
    ["DRAFTING", false, "Not started"],
    ["LOCKED", false, "Not started"],
  ] as const)("says %s (written: %s) is %s", (state, written, label) => {
    expect(draftLabel(state, written)).toBe(label);
  });
});
