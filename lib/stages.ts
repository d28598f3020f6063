/**
 * The Working Backwards stage rules: the order of the five stages, the states a
 * stage can be in, and every transition between them. Pure and isomorphic, so
 * the app's routes and actions, the collab server and the UI all ask the same
 * module. Later gates (checklist, approvals) are added here, not at call sites.
 */
import type { FailedCheck } from "./checks/types";

export const STAGES = ["PRESS_RELEASE", "FAQ", "USER_MANUAL", "MOCKUPS", "FEASIBILITY"] as const;
export type Stage = (typeof STAGES)[number];

export const SECTION_STATES = ["LOCKED", "DRAFTING", "IN_REVIEW", "COMPLETE"] as const;
export type SectionState = (typeof SECTION_STATES)[number];

export const STAGE_ACTIONS = ["complete", "reopen"] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

/** What a person sees for each stage, in order. */
export const STAGE_INFO: Record<Stage, { label: string; slug: string; summary: string }> = {
  PRESS_RELEASE: {
    label: "Press release",
    slug: "press-release",
    summary: "Announce the launch to the customer, as if it had already happened.",
  },
  FAQ: {
    label: "FAQ",
    slug: "faq",
    summary: "Answer what customers and stakeholders will ask, external questions first.",
  },
  USER_MANUAL: {
    label: "User manual",
    slug: "user-manual",
    summary: "Walk a customer through getting started, step by step.",
  },
  MOCKUPS: {
    label: "Mockups",
    slug: "mockups",
    summary: "Show what the customer will see: sketches and screens, each with a caption.",
  },
  FEASIBILITY: {
    label: "Technical feasibility",
    slug: "technical-feasibility",
    summary: "Only now: risks, dependencies, open questions and an estimate.",
  },
};

export const STATE_LABELS: Record<SectionState, string> = {
  LOCKED: "Locked",
  DRAFTING: "Drafting",
  IN_REVIEW: "In review",
  COMPLETE: "Complete",
};

/** The states of an initiative's sections, keyed by stage. */
export type StageStates = Record<Stage, SectionState>;

/** An initiative's sections as a stage → state record (every initiative has all five). */
export function statesOf(sections: { stage: Stage; state: SectionState }[]): StageStates {
  return Object.fromEntries(
    sections.map((section) => [section.stage, section.state]),
  ) as StageStates;
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function stageFromSlug(slug: string): Stage | undefined {
  return STAGES.find((stage) => STAGE_INFO[stage].slug === slug);
}

/** A new initiative: the press release is being drafted, everything else waits. */
export function initialStates(): StageStates {
  return {
    PRESS_RELEASE: "DRAFTING",
    FAQ: "LOCKED",
    USER_MANUAL: "LOCKED",
    MOCKUPS: "LOCKED",
    FEASIBILITY: "LOCKED",
  };
}

function previousStagesComplete(states: StageStates, stage: Stage): boolean {
  return STAGES.slice(0, stageIndex(stage)).every((before) => states[before] === "COMPLETE");
}

/**
 * The states in which a stage's content may change (when every stage before
 * it is complete). The collab server's store statement asks the database for
 * exactly these, so the rule is enforced where content is written.
 */
export const WRITABLE_STATES: readonly SectionState[] = ["DRAFTING", "IN_REVIEW"];

/**
 * Whether a stage's content may change: every stage before it is complete and
 * it is itself open (drafting or in review). Locked and complete stages are
 * read-only for everyone, whatever their role.
 */
export function isStageWritable(states: StageStates, stage: Stage): boolean {
  return WRITABLE_STATES.includes(states[stage]) && previousStagesComplete(states, stage);
}

/** The stage a team is working on now: the first one that is not complete. */
export function currentStage(states: StageStates): Stage | undefined {
  return STAGES.find((stage) => states[stage] !== "COMPLETE");
}

/** "Unlocks when User manual is complete", for a stage that is locked. */
export function unlockHint(stage: Stage): string | undefined {
  const before = STAGES[stageIndex(stage) - 1];
  return before ? `Unlocks when ${STAGE_INFO[before].label} is complete` : undefined;
}

/** Facts about a section that the rules need but do not own. */
export type StageFacts = {
  /** The section has some content beyond whitespace. */
  hasContent: boolean;
  /**
   * The stage's required checks that its document fails (lib/checks), as
   * checked where the decision is made: live in the browser, on the stored
   * document on the server. Completing needs none.
   */
  failingChecks: readonly FailedCheck[];
};

export type StageChange = { stage: Stage; from: SectionState; to: SectionState };

export type TransitionRefusal =
  | "STAGE_LOCKED"
  | "ALREADY_COMPLETE"
  | "NOT_COMPLETE"
  | "EMPTY_BODY"
  | "EARLIER_STAGE_OPEN"
  | "CHECKS_FAILING";

export type TransitionResult =
  | { ok: true; changes: StageChange[]; states: StageStates }
  | {
      ok: false;
      reason: TransitionRefusal;
      message: string;
      /** For CHECKS_FAILING: what is still missing. */
      failing?: readonly FailedCheck[];
    };

const refuse = (
  reason: TransitionRefusal,
  message: string,
  failing?: readonly FailedCheck[],
): TransitionResult => ({ ok: false, reason, message, ...(failing ? { failing } : {}) });

/** "Press release is not ready: Headline, Leader's quote and 1 more." */
function notReadyMessage(label: string, failing: readonly FailedCheck[]): string {
  const named = failing.slice(0, 3).map((check) => check.label);
  const more = failing.length - named.length;
  return `${label} is not ready to complete: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}

/**
 * Applies `action` to `stage`. Returns every section whose state changes, or
 * why the action is refused. Never mutates `states`.
 */
export function transition(
  states: StageStates,
  stage: Stage,
  action: StageAction,
  facts: StageFacts,
): TransitionResult {
  const label = STAGE_INFO[stage].label;
  const next = { ...states };
  const changes: StageChange[] = [];
  const set = (target: Stage, to: SectionState) => {
    if (next[target] === to) return;
    changes.push({ stage: target, from: next[target], to });
    next[target] = to;
  };

  switch (action) {
    case "complete": {
      if (states[stage] === "COMPLETE")
        return refuse("ALREADY_COMPLETE", `${label} is already complete.`);
      if (states[stage] === "LOCKED")
        return refuse("STAGE_LOCKED", `${label} is locked. ${unlockHint(stage)}.`);
      if (!previousStagesComplete(states, stage)) {
        return refuse("EARLIER_STAGE_OPEN", `Complete the stages before ${label} first.`);
      }
      if (!facts.hasContent)
        return refuse("EMPTY_BODY", `${label} is empty. Write it before completing it.`);
      if (facts.failingChecks.length > 0) {
        return refuse(
          "CHECKS_FAILING",
          notReadyMessage(label, facts.failingChecks),
          facts.failingChecks,
        );
      }
      set(stage, "COMPLETE");
      const following = STAGES[stageIndex(stage) + 1];
      if (following && next[following] === "LOCKED") set(following, "DRAFTING");
      return { ok: true, changes, states: next };
    }
    case "reopen": {
      if (states[stage] !== "COMPLETE")
        return refuse("NOT_COMPLETE", `${label} is not complete, so it cannot be reopened.`);
      set(stage, "DRAFTING");
      // Later stages keep their content but wait again until this one is complete.
      for (const later of STAGES.slice(stageIndex(stage) + 1)) set(later, "LOCKED");
      return { ok: true, changes, states: next };
    }
  }
}

/** Facts under which only the stage states decide (the content is taken as ready). */
export const READY: StageFacts = { hasContent: true, failingChecks: [] };

/** Which actions the rules allow on a stage right now (ignoring roles). */
export function availableActions(
  states: StageStates,
  stage: Stage,
  facts: StageFacts,
): StageAction[] {
  return STAGE_ACTIONS.filter((action) => transition(states, stage, action, facts).ok);
}

/**
 * The later stages that reopening `stage` would lock again (those not
 * locked already), for the confirmation that names them. Empty when the
 * rules would refuse the reopen.
 */
export function relockedByReopen(states: StageStates, stage: Stage): Stage[] {
  const result = transition(states, stage, "reopen", READY);
  if (!result.ok) return [];
  return result.changes
    .filter((change) => change.stage !== stage && change.to === "LOCKED")
    .map((change) => change.stage);
}
