import { describe, expect, it } from "vitest";
import {
  isArchived,
  SECTION_STATES,
  STAGES,
  STAGE_ACTIONS,
  STAGE_INFO,
  availableActions,
  READY,
  currentStage,
  initialStates,
  isStageWritable,
  relockedByReopen,
  stageFromSlug,
  statesOf,
  transition,
  unlockHint,
  unlockHintShort,
  nextStage,
  type SectionState,
  type Stage,
  type StageStates,
} from "./stages";

/** States for an initiative where the first `complete` stages are done and the next is `next`. */
function progressed(complete: number, next: SectionState = "DRAFTING"): StageStates {
  const states = initialStates();
  STAGES.forEach((stage, index) => {
    states[stage] = index < complete ? "COMPLETE" : index === complete ? next : "LOCKED";
  });
  return states;
}

const withContent = READY;

describe("stage order and labels", () => {
  it("has the five Working Backwards stages in order", () => {
    expect(STAGES.map((stage) => STAGE_INFO[stage].label)).toEqual([
      "Press release",
      "FAQ",
      "User manual",
      "Mockups",
      "Technical feasibility",
    ]);
  });

  it("reads sections into a stage → state record", () => {
    expect(statesOf(STAGES.map((stage) => ({ stage, state: initialStates()[stage] })))).toEqual(
      initialStates(),
    );
  });

  it("round-trips every stage through its URL slug", () => {
    for (const stage of STAGES) expect(stageFromSlug(STAGE_INFO[stage].slug)).toBe(stage);
    expect(stageFromSlug("nope")).toBeUndefined();
  });

  it("says what unlocks each stage after the first", () => {
    expect(unlockHint("PRESS_RELEASE")).toBeUndefined();
    expect(unlockHint("FAQ")).toBe("Unlocks when Press release is complete");
    expect(unlockHint("MOCKUPS")).toBe("Unlocks when User manual is complete");
    expect(unlockHint("FEASIBILITY")).toBe("Unlocks when Mockups is complete");
  });

  it("names the stage each one unlocks", () => {
    expect(nextStage("PRESS_RELEASE")).toBe("FAQ");
    expect(nextStage("MOCKUPS")).toBe("FEASIBILITY");
    expect(nextStage("FEASIBILITY")).toBeUndefined();
  });

  it("says it briefly where the stages share a row", () => {
    expect(unlockHintShort("PRESS_RELEASE")).toBeUndefined();
    expect(unlockHintShort("FAQ")).toBe("After Press release");
    expect(unlockHintShort("FEASIBILITY")).toBe("After Mockups");
  });
});

describe("a new initiative", () => {
  it("drafts the press release and locks the rest", () => {
    expect(initialStates()).toEqual({
      PRESS_RELEASE: "DRAFTING",
      FAQ: "LOCKED",
      USER_MANUAL: "LOCKED",
      MOCKUPS: "LOCKED",
      FEASIBILITY: "LOCKED",
    });
    expect(currentStage(initialStates())).toBe("PRESS_RELEASE");
  });

  it("lets only the press release be written", () => {
    const states = initialStates();
    expect(STAGES.filter((stage) => isStageWritable(states, stage))).toEqual(["PRESS_RELEASE"]);
  });
});

describe("complete", () => {
  it.each(STAGES.map((stage, index) => [stage, index] as const))(
    "completing %s unlocks the next stage only",
    (stage, index) => {
      const result = transition(progressed(index), stage, "complete", withContent);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.states).toEqual(progressed(index + 1));
      const next = STAGES[index + 1];
      expect(result.changes).toEqual([
        { stage, from: "DRAFTING", to: "COMPLETE" },
        ...(next ? [{ stage: next, from: "LOCKED", to: "DRAFTING" }] : []),
      ]);
    },
  );

  it("completes a stage that is in review when no approval is required", () => {
    const result = transition(progressed(1, "IN_REVIEW"), "FAQ", "complete", withContent);
    expect(result.ok && result.states.FAQ).toBe("COMPLETE");
  });

  it("refuses an empty stage", () => {
    expect(
      transition(initialStates(), "PRESS_RELEASE", "complete", {
        ...READY,
        hasContent: false,
      }),
    ).toMatchObject({
      ok: false,
      reason: "EMPTY_BODY",
    });
  });

  it("refuses a stage whose required checks fail, naming them, and changes nothing", () => {
    const failingChecks = ["Headline", "Leader's quote", "Customer quote", "Call to action"].map(
      (label, index) => ({ id: `check-${index}`, label, hint: "Write it." }),
    );
    const states = initialStates();
    const result = transition(states, "PRESS_RELEASE", "complete", { ...READY, failingChecks });
    expect(result).toEqual({
      ok: false,
      reason: "CHECKS_FAILING",
      message:
        "Press release is not ready to complete: Headline, Leader's quote, Customer quote and 1 more.",
      failing: failingChecks,
    });
    expect(states).toEqual(initialStates());
  });

  it("reopens whatever the checks say: they gate completing only", () => {
    const failingChecks = [{ id: "headline", label: "Headline", hint: "Write it." }];
    const result = transition(progressed(1), "PRESS_RELEASE", "reopen", {
      ...READY,
      hasContent: false,
      failingChecks,
    });
    expect(result.ok).toBe(true);
  });

  it("refuses a locked stage, whatever its content", () => {
    for (const stage of STAGES.slice(1)) {
      expect(transition(initialStates(), stage, "complete", withContent)).toMatchObject({
        ok: false,
        reason: "STAGE_LOCKED",
      });
    }
  });

  it("refuses a stage that is already complete", () => {
    expect(transition(progressed(2), "FAQ", "complete", withContent)).toMatchObject({
      ok: false,
      reason: "ALREADY_COMPLETE",
    });
  });

  it("refuses technical feasibility until the four stages before it are complete", () => {
    // Corrupt data (feasibility open while mockups is not done) must still be refused.
    const states = { ...progressed(3), FEASIBILITY: "DRAFTING" as const };
    expect(isStageWritable(states, "FEASIBILITY")).toBe(false);
    expect(transition(states, "FEASIBILITY", "complete", withContent)).toMatchObject({
      ok: false,
      reason: "EARLIER_STAGE_OPEN",
    });
    expect(isStageWritable(progressed(4), "FEASIBILITY")).toBe(true);
  });

  it("does not mutate the states it is given", () => {
    const states = initialStates();
    transition(states, "PRESS_RELEASE", "complete", withContent);
    expect(states).toEqual(initialStates());
  });
});

describe("reopen", () => {
  it("names the later stages a reopen would lock again, and none where it is refused", () => {
    // Press release, FAQ and user manual complete; mockups drafting.
    expect(relockedByReopen(progressed(3), "FAQ")).toEqual(["USER_MANUAL", "MOCKUPS"]);
    expect(relockedByReopen(progressed(3), "USER_MANUAL")).toEqual(["MOCKUPS"]);
    expect(relockedByReopen(progressed(3), "MOCKUPS")).toEqual([]);
    expect(relockedByReopen(progressed(5), "FEASIBILITY")).toEqual([]);
  });

  it("puts a completed stage back to drafting and locks every later stage", () => {
    const result = transition(progressed(3), "FAQ", "reopen", withContent);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.states).toEqual({
      PRESS_RELEASE: "COMPLETE",
      FAQ: "DRAFTING",
      USER_MANUAL: "LOCKED",
      MOCKUPS: "LOCKED",
      FEASIBILITY: "LOCKED",
    });
    expect(result.changes).toEqual([
      { stage: "FAQ", from: "COMPLETE", to: "DRAFTING" },
      { stage: "USER_MANUAL", from: "COMPLETE", to: "LOCKED" },
      { stage: "MOCKUPS", from: "DRAFTING", to: "LOCKED" },
    ]);
  });

  it("reopens the last stage without touching the others", () => {
    const result = transition(progressed(5), "FEASIBILITY", "reopen", withContent);
    expect(result.ok && result.changes).toEqual([
      { stage: "FEASIBILITY", from: "COMPLETE", to: "DRAFTING" },
    ]);
  });

  it.each(["LOCKED", "DRAFTING", "IN_REVIEW"] as const)("refuses a stage that is %s", (state) => {
    const states = { ...progressed(1), FAQ: state };
    expect(transition(states, "FAQ", "reopen", withContent)).toMatchObject({
      ok: false,
      reason: "NOT_COMPLETE",
    });
  });

  it("after reopening, completing again unlocks the next stage again", () => {
    const reopened = transition(progressed(2), "PRESS_RELEASE", "reopen", withContent);
    if (!reopened.ok) throw new Error("reopen refused");
    const completed = transition(reopened.states, "PRESS_RELEASE", "complete", withContent);
    expect(completed.ok && completed.states).toEqual(progressed(1));
  });
});

describe("every state × action", () => {
  // The whole table, so a new state or action cannot slip through untested.
  // With no approval required (READY); review.test.ts covers the requirement.
  const expected: Record<SectionState, Record<(typeof STAGE_ACTIONS)[number], boolean>> = {
    LOCKED: {
      requestReview: false,
      withdrawReview: false,
      approve: false,
      requestChanges: false,
      complete: false,
      reopen: false,
    },
    DRAFTING: {
      requestReview: true,
      withdrawReview: false,
      approve: false,
      requestChanges: false,
      complete: true,
      reopen: false,
    },
    IN_REVIEW: {
      requestReview: false,
      withdrawReview: true,
      approve: true,
      requestChanges: true,
      complete: true,
      reopen: false,
    },
    COMPLETE: {
      requestReview: false,
      withdrawReview: false,
      approve: false,
      requestChanges: false,
      complete: false,
      reopen: true,
    },
  };
  for (const stage of STAGES.slice(1) as Stage[]) {
    for (const state of SECTION_STATES) {
      it(`${stage} ${state} (earlier stages complete) allows ${JSON.stringify(expected[state])}`, () => {
        const index = STAGES.indexOf(stage);
        const states = { ...progressed(index), [stage]: state } as StageStates;
        const allowed = availableActions(states, stage, withContent);
        for (const action of STAGE_ACTIONS)
          expect(allowed.includes(action)).toBe(expected[state][action]);
        // In review the text is frozen: only a stage being drafted can be written.
        expect(isStageWritable(states, stage)).toBe(state === "DRAFTING");
      });
    }
  }
});

describe("an archived initiative", () => {
  it("is archived while archivedAt is set, and active once it is cleared", () => {
    expect(isArchived({ archivedAt: new Date("2026-11-27T00:00:00Z") })).toBe(true);
    expect(isArchived({ archivedAt: null })).toBe(false);
  });
});
