import { describe, expect, it } from "vitest";
import {
  STAGES,
  READY,
  WRITABLE_STATES,
  approvalsLabel,
  availableActions,
  initialStates,
  isStageWritable,
  reviewFacts,
  reviewersNeeded,
  transition,
  type ReviewFacts,
  type SectionState,
  type StageFacts,
  type StageStates,
} from "./stages";

/** States where the press release and FAQ are complete and the user manual is `state`. */
function atUserManual(state: SectionState): StageStates {
  return { ...initialStates(), PRESS_RELEASE: "COMPLETE", FAQ: "COMPLETE", USER_MANUAL: state };
}

/** Ready content with the given review facts. */
const facts = (review: Partial<ReviewFacts>): StageFacts => ({
  ...READY,
  review: { ...READY.review, ...review },
});

describe("approval counting", () => {
  const reviews = [
    { round: 1, status: "APPROVED" as const },
    { round: 1, status: "CHANGES_REQUESTED" as const },
    { round: 2, status: "APPROVED" as const },
    { round: 2, status: "PENDING" as const },
    { round: 2, status: "APPROVED" as const },
  ];

  it("counts only the current round's approvals and changes requested", () => {
    expect(reviewFacts(reviews, 2, 1)).toEqual({ required: 1, approvals: 2, changesRequested: 0 });
    expect(reviewFacts(reviews, 1, 2)).toEqual({ required: 2, approvals: 1, changesRequested: 1 });
  });

  it("counts nothing in a round that has no reviews yet (after a reopen)", () => {
    expect(reviewFacts(reviews, 3, 2)).toEqual({ required: 2, approvals: 0, changesRequested: 0 });
  });

  it("asks for at least one reviewer, and as many as approvals required", () => {
    expect([0, 1, 2].map(reviewersNeeded)).toEqual([1, 1, 2]);
    expect([0, 1, 2].map(approvalsLabel)).toEqual(["0 approvals", "1 approval", "2 approvals"]);
  });
});

describe("in review the text is frozen", () => {
  it("is writable only while drafting", () => {
    expect(WRITABLE_STATES).toEqual(["DRAFTING"]);
    expect(isStageWritable(atUserManual("DRAFTING"), "USER_MANUAL")).toBe(true);
    expect(isStageWritable(atUserManual("IN_REVIEW"), "USER_MANUAL")).toBe(false);
  });
});

describe("request review", () => {
  it("moves a drafting stage whose checks pass to review, in a new round", () => {
    const result = transition(atUserManual("DRAFTING"), "USER_MANUAL", "requestReview", READY);
    expect(result).toEqual({
      ok: true,
      changes: [{ stage: "USER_MANUAL", from: "DRAFTING", to: "IN_REVIEW" }],
      states: atUserManual("IN_REVIEW"),
      newRound: true,
    });
  });

  it("refuses a document whose required checks fail, as completing does", () => {
    const failingChecks = [{ id: "steps", label: "Numbered steps", hint: "List them." }];
    expect(
      transition(atUserManual("DRAFTING"), "USER_MANUAL", "requestReview", {
        ...READY,
        failingChecks,
      }),
    ).toEqual({
      ok: false,
      reason: "CHECKS_FAILING",
      message: "User manual is not ready for review: Numbered steps.",
      failing: failingChecks,
    });
  });

  it("refuses an empty stage", () => {
    expect(
      transition(atUserManual("DRAFTING"), "USER_MANUAL", "requestReview", {
        ...READY,
        hasContent: false,
      }),
    ).toMatchObject({ ok: false, reason: "EMPTY_BODY" });
  });

  it.each([
    ["IN_REVIEW", "ALREADY_IN_REVIEW"],
    ["COMPLETE", "ALREADY_COMPLETE"],
    ["LOCKED", "STAGE_LOCKED"],
  ] as const)("refuses a stage that is %s (%s)", (state, reason) => {
    expect(transition(atUserManual(state), "USER_MANUAL", "requestReview", READY)).toMatchObject({
      ok: false,
      reason,
    });
  });

  it("refuses a stage whose earlier stages are not all complete", () => {
    const states = { ...atUserManual("DRAFTING"), FAQ: "DRAFTING" as const };
    expect(transition(states, "USER_MANUAL", "requestReview", READY)).toMatchObject({
      ok: false,
      reason: "EARLIER_STAGE_OPEN",
    });
  });
});

describe("withdraw, request changes and approve", () => {
  it.each(["withdrawReview", "requestChanges"] as const)(
    "%s returns a stage in review to drafting, keeping the round",
    (action) => {
      expect(transition(atUserManual("IN_REVIEW"), "USER_MANUAL", action, READY)).toEqual({
        ok: true,
        changes: [{ stage: "USER_MANUAL", from: "IN_REVIEW", to: "DRAFTING" }],
        states: atUserManual("DRAFTING"),
        newRound: false,
      });
    },
  );

  it("approve changes no state", () => {
    expect(
      transition(atUserManual("IN_REVIEW"), "USER_MANUAL", "approve", facts({ required: 2 })),
    ).toEqual({ ok: true, changes: [], states: atUserManual("IN_REVIEW"), newRound: false });
  });

  it.each(["withdrawReview", "requestChanges", "approve"] as const)(
    "%s is refused unless the stage is in review",
    (action) => {
      for (const state of ["LOCKED", "DRAFTING", "COMPLETE"] as const) {
        expect(transition(atUserManual(state), "USER_MANUAL", action, READY)).toMatchObject({
          ok: false,
          reason: "NOT_IN_REVIEW",
        });
      }
    },
  );
});

describe("complete, by the workspace's requirement", () => {
  it("with 0 required, completes straight from drafting, and from review without approvals", () => {
    for (const state of ["DRAFTING", "IN_REVIEW"] as const) {
      const result = transition(atUserManual(state), "USER_MANUAL", "complete", facts({}));
      expect(result.ok && result.states).toEqual({
        ...atUserManual("COMPLETE"),
        MOCKUPS: "DRAFTING",
      });
    }
  });

  it.each([1, 2])("with %i required, refuses to complete from drafting", (required) => {
    expect(
      transition(atUserManual("DRAFTING"), "USER_MANUAL", "complete", facts({ required })),
    ).toEqual({
      ok: false,
      reason: "REVIEW_REQUIRED",
      message: `Request review first: this workspace needs ${approvalsLabel(required)} before User manual can complete.`,
    });
  });

  it("with 1 required, completes from review once one reviewer approved", () => {
    const states = atUserManual("IN_REVIEW");
    expect(
      transition(states, "USER_MANUAL", "complete", facts({ required: 1, approvals: 0 })),
    ).toEqual({
      ok: false,
      reason: "APPROVALS_MISSING",
      message: "User manual needs 1 approval to complete; it has 0.",
    });
    const result = transition(
      states,
      "USER_MANUAL",
      "complete",
      facts({ required: 1, approvals: 1 }),
    );
    expect(result.ok && result.changes).toEqual([
      { stage: "USER_MANUAL", from: "IN_REVIEW", to: "COMPLETE" },
      { stage: "MOCKUPS", from: "LOCKED", to: "DRAFTING" },
    ]);
  });

  it("with 2 required, one approval is not enough, two are", () => {
    const states = atUserManual("IN_REVIEW");
    expect(
      transition(states, "USER_MANUAL", "complete", facts({ required: 2, approvals: 1 })),
    ).toMatchObject({ ok: false, reason: "APPROVALS_MISSING" });
    expect(
      transition(states, "USER_MANUAL", "complete", facts({ required: 2, approvals: 2 })).ok,
    ).toBe(true);
  });

  it("refuses while a reviewer's request for changes stands, whatever the approvals", () => {
    expect(
      transition(
        atUserManual("IN_REVIEW"),
        "USER_MANUAL",
        "complete",
        facts({ required: 1, approvals: 2, changesRequested: 1 }),
      ),
    ).toMatchObject({ ok: false, reason: "CHANGES_REQUESTED" });
  });

  it("still runs the checks on a stage in review with its approvals", () => {
    const failingChecks = [{ id: "steps", label: "Numbered steps", hint: "List them." }];
    expect(
      transition(atUserManual("IN_REVIEW"), "USER_MANUAL", "complete", {
        ...facts({ required: 1, approvals: 1 }),
        failingChecks,
      }),
    ).toMatchObject({ ok: false, reason: "CHECKS_FAILING" });
  });

  it("lists complete among the available actions exactly when the rules allow it", () => {
    expect(
      availableActions(atUserManual("DRAFTING"), "USER_MANUAL", facts({ required: 1 })),
    ).toEqual(["requestReview"]);
    expect(
      availableActions(atUserManual("IN_REVIEW"), "USER_MANUAL", facts({ required: 1 })),
    ).toEqual(["withdrawReview", "approve", "requestChanges"]);
    expect(
      availableActions(
        atUserManual("IN_REVIEW"),
        "USER_MANUAL",
        facts({ required: 1, approvals: 1 }),
      ),
    ).toEqual(["withdrawReview", "approve", "requestChanges", "complete"]);
    expect(availableActions(atUserManual("DRAFTING"), "USER_MANUAL", facts({}))).toEqual([
      "requestReview",
      "complete",
    ]);
  });
});

describe("reopen clears approvals", () => {
  it("starts a new round, so the next completion needs new approvals", () => {
    const reopened = transition(atUserManual("COMPLETE"), "USER_MANUAL", "reopen", READY);
    expect(reopened).toMatchObject({ ok: true, newRound: true });
    if (!reopened.ok) return;
    expect(reopened.states.USER_MANUAL).toBe("DRAFTING");
    // The round the stage was approved in no longer counts: nothing approved in the new one.
    const reviews = [{ round: 3, status: "APPROVED" as const }];
    const after = reviewFacts(reviews, 4, 1);
    expect(after.approvals).toBe(0);
    expect(
      transition(reopened.states, "USER_MANUAL", "complete", { ...READY, review: after }),
    ).toMatchObject({ ok: false, reason: "REVIEW_REQUIRED" });
  });

  it("a full round trip: review, changes, review again, approval, complete", () => {
    let states = atUserManual("DRAFTING");
    const step = (action: Parameters<typeof transition>[2], review: Partial<ReviewFacts> = {}) => {
      const result = transition(states, "USER_MANUAL", action, facts({ required: 1, ...review }));
      if (!result.ok) throw new Error(`${action} refused: ${result.message}`);
      states = result.states;
      return result;
    };
    expect(step("requestReview").newRound).toBe(true);
    step("requestChanges");
    expect(states.USER_MANUAL).toBe("DRAFTING");
    expect(step("requestReview").newRound).toBe(true);
    step("approve");
    step("complete", { approvals: 1 });
    expect(states.USER_MANUAL).toBe("COMPLETE");
    expect(STAGES.filter((stage) => states[stage] === "DRAFTING")).toEqual(["MOCKUPS"]);
  });
});
