import { describe, expect, it } from "vitest";
import { activitySentence } from "./activity-text";

describe("activity sentences", () => {
  it("name the stage by its label", () => {
    expect(activitySentence("stage.completed", { stage: "PRESS_RELEASE" })).toBe(
      "completed Press release",
    );
    expect(activitySentence("review.requested", { stage: "FAQ", label: "FAQ" })).toBe(
      "sent FAQ to review",
    );
    expect(activitySentence("review.changesRequested", { stage: "USER_MANUAL" })).toBe(
      "requested changes to User manual",
    );
    expect(activitySentence("stage.reopened", { label: "Mockups" })).toBe("reopened Mockups");
  });

  it("say what was named, published, restored or joined", () => {
    expect(activitySentence("publication.published", { version: 2, note: "" })).toBe(
      "published version 2",
    );
    expect(activitySentence("version.named", { stage: "FAQ", name: "Draft for Tuesday" })).toBe(
      "named a version of FAQ “Draft for Tuesday”",
    );
    expect(activitySentence("version.restored", { stage: "FAQ" })).toBe(
      "restored an earlier version of FAQ",
    );
    expect(activitySentence("initiative.renamed", { from: "Old", to: "Refunds" })).toBe(
      "renamed the initiative to “Refunds”",
    );
    expect(activitySentence("member.joined", { role: "REVIEWER" })).toBe(
      "joined the workspace as Reviewer",
    );
  });

  it("reads unknown types and odd data without failing", () => {
    expect(activitySentence("something.new", {})).toBe("updated the initiative");
    expect(activitySentence("stage.completed", { stage: "NOT_A_STAGE" })).toBe("completed a stage");
    expect(activitySentence("stage.completed", null)).toBe("completed a stage");
    expect(activitySentence("publication.published", { version: "two" })).toBe(
      "published the document",
    );
  });
});
