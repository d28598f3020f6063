import { describe, expect, it } from "vitest";
import { ZDecideReviewSchema, ZRequestReviewSchema } from "./review";
import { ZUpdateWorkspaceSettingsSchema } from "./workspace";

const ID = "c".padEnd(25, "a");
const OTHER = "c".padEnd(25, "b");

describe("review schemas", () => {
  it("asks for reviewers by id, each once, one to ten", () => {
    expect(ZRequestReviewSchema.parse({ reviewerIds: [ID, OTHER] })).toEqual({
      reviewerIds: [ID, OTHER],
    });
    for (const reviewerIds of [[], [ID, ID], ["nope"], Array(11).fill(ID), ID, undefined])
      expect(ZRequestReviewSchema.safeParse({ reviewerIds }).success).toBe(false);
  });

  it("needs a note to request changes, not to approve; notes are trimmed and bounded", () => {
    expect(ZDecideReviewSchema.parse({ decision: "approve" })).toEqual({ decision: "approve" });
    expect(ZDecideReviewSchema.parse({ decision: "requestChanges", note: "  Fix it.  " })).toEqual({
      decision: "requestChanges",
      note: "Fix it.",
    });
    for (const input of [
      { decision: "requestChanges" },
      { decision: "requestChanges", note: " \n " },
      { decision: "requestChanges", note: "x".repeat(4001) },
      { decision: "requestChanges", note: "a\u0000b" },
      { decision: "reject", note: "No" },
    ])
      expect(ZDecideReviewSchema.safeParse(input).success).toBe(false);
  });

  it("takes 0, 1 or 2 approvals, as numbers or a form's digit, and nothing else", () => {
    for (const [sent, read] of [
      [0, 0],
      [2, 2],
      ["1", 1],
    ] as const)
      expect(ZUpdateWorkspaceSettingsSchema.parse({ requiredApprovals: sent })).toEqual({
        requiredApprovals: read,
      });
    for (const requiredApprovals of [3, -1, 1.5, "", " 1", "12", true, null, undefined])
      expect(ZUpdateWorkspaceSettingsSchema.safeParse({ requiredApprovals }).success).toBe(false);
  });
});
