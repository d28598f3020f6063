/**
 * The Working Backwards stage rules: the order of the five stages, the states a
 * stage can be in, and every transition between them. Pure and isomorphic, so
 * the app's routes and actions, the collab server and the UI all ask the same
 * module. Every gate (the checklist, review and approvals) is decided here, not
 * at call sites.
 */
import type { FailedCheck } from "./checks/types";

export const STAGES = ["PRESS_RELEASE", "FAQ", "USER_MANUAL", "MOCKUPS", "FEASIBILITY"] as const;
export type Stage = (typeof STAGES)[number];

export const SECTION_STATES = ["LOCKED", "DRAFTING", "IN_REVIEW", "COMPLETE"] as const;
export type SectionState = (typeof SECTION_STATES)[number];

/**
 * Everything that can happen to a stage. "approve" changes no state, but
 * whether a stage can be approved right now is a stage rule like the others.
 */
export const STAGE_ACTIONS = [
  "requestReview",
  "withdrawReview",
  "approve",
  "requestChanges",
  "complete",
  "reopen",
] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

/**
 * The actions taken on a stage alone (POST /api/sections/:id/transitions).
 * The review actions go through the review routes, which also record who
 * reviews and what they decided.
 */
export const TRANSITION_ACTIONS = ["complete", "reopen"] as const satisfies readonly StageAction[];
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** How many approvals a workspace may require before a stage completes. */
export const REQUIRED_APPROVALS = [0, 1, 2] as const;
export type RequiredApprovals = (typeof REQUIRED_APPROVALS)[number];
/** A new workspace's requirement: one approval. */
export const DEFAULT_REQUIRED_APPROVALS: RequiredApprovals = 1;

/** A reviewer's answer to a review request. Mirrors the ReviewStatus enum in prisma/schema.prisma. */
export const REVIEW_STATUSES = ["PENDING", "APPROVED", "CHANGES_REQUESTED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  PENDING: "Waiting",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
};

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

/** A stage's page in the app, `/w/<workspace>/i/<initiative>/<stage slug>`. */
export function stagePath(workspaceId: string, initiativeId: string, stage: Stage): string {
  return `/w/${workspaceId}/i/${initiativeId}/${STAGE_INFO[stage].slug}`;
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
 * exactly these, so the rule is enforced where content is written. Not
 * IN_REVIEW: its text is frozen, so every approval is of what was read.
 */
export const WRITABLE_STATES: readonly SectionState[] = ["DRAFTING"];

/**
 * Whether a stage's content may change: every stage before it is complete and
 * it is itself being drafted. Locked, in-review and complete stages are
 * read-only for everyone, whatever their role.
 */
export function isStageWritable(states: StageStates, stage: Stage): boolean {
  return WRITABLE_STATES.includes(states[stage]) && previousStagesComplete(states, stage);
}

/**
 * An archived initiative is read-only for everyone until it is restored: no
 * writing, transitions, reviews, comments, publishing, customer edits or
 * uploads, whatever the stage states say. The server's load-for-update
 * functions refuse with this message (409 ARCHIVED), and the collab store's
 * guard asks the database for `"archivedAt" IS NULL` in the same statement.
 */
export function isArchived(initiative: { archivedAt: Date | null }): boolean {
  return initiative.archivedAt !== null;
}

export const ARCHIVED_MESSAGE = "This initiative is archived. Restore it to change it.";

/** The stage a team is working on now: the first one that is not complete. */
export function currentStage(states: StageStates): Stage | undefined {
  return STAGES.find((stage) => states[stage] !== "COMPLETE");
}

/** The stage that completing `stage` unlocks; none after the last. */
export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[stageIndex(stage) + 1];
}

/** The stage whose completion unlocks `stage`; none before the first. */
function previousStage(stage: Stage): Stage | undefined {
  return STAGES[stageIndex(stage) - 1];
}

/** "Unlocks when User manual is complete", for a stage that is locked. */
export function unlockHint(stage: Stage): string | undefined {
  const before = previousStage(stage);
  return before ? `Unlocks when ${STAGE_INFO[before].label} is complete` : undefined;
}

/**
 * "After User manual": the same, where five stages share a row and the full
 * sentence would wrap to four lines (the stage list on a laptop screen).
 */
export function unlockHintShort(stage: Stage): string | undefined {
  const before = previousStage(stage);
  return before ? `After ${STAGE_INFO[before].label}` : undefined;
}

/** What the rules need to know about a section's document (lib/checks builds it). */
export type ContentFacts = {
  /** The section has some content beyond whitespace. */
  hasContent: boolean;
  /**
   * The stage's required checks that its document fails (lib/checks), as
   * checked where the decision is made: live in the browser, on the stored
   * document on the server. Requesting review and completing need none.
   */
  failingChecks: readonly FailedCheck[];
};

/** Where a section's review stands: its current round and its workspace's requirement. */
export type ReviewFacts = {
  /** Approvals the workspace requires before a stage completes (0, 1 or 2). */
  required: number;
  /** Approvals given in the current round. */
  approvals: number;
  /** "Request changes" answers in the current round that still stand. */
  changesRequested: number;
};

/** Facts about a section that the rules need but do not own. */
export type StageFacts = ContentFacts & { review: ReviewFacts };

/** No review needed, none given. */
export const NO_REVIEW: ReviewFacts = { required: 0, approvals: 0, changesRequested: 0 };

/**
 * The review facts of a section from its reviews: only those of the current
 * round count (a new request, or a reopen, starts a new one), so earlier
 * approvals never complete a stage again.
 */
export function reviewFacts(
  reviews: readonly { round: number; status: ReviewStatus }[],
  currentRound: number,
  required: number,
): ReviewFacts {
  const current = reviews.filter((review) => review.round === currentRound);
  return {
    required,
    approvals: current.filter((review) => review.status === "APPROVED").length,
    changesRequested: current.filter((review) => review.status === "CHANGES_REQUESTED").length,
  };
}

/** Reviewers a request must name: at least one, and at least as many as approvals are required. */
export function reviewersNeeded(required: number): number {
  return Math.max(1, required);
}

/** "1 approval", "2 approvals". */
export function approvalsLabel(count: number): string {
  return `${count} ${count === 1 ? "approval" : "approvals"}`;
}

export type StageChange = { stage: Stage; from: SectionState; to: SectionState };

export type TransitionRefusal =
  | "STAGE_LOCKED"
  | "ALREADY_COMPLETE"
  | "NOT_COMPLETE"
  | "EMPTY_BODY"
  | "EARLIER_STAGE_OPEN"
  | "CHECKS_FAILING"
  | "ALREADY_IN_REVIEW"
  | "NOT_IN_REVIEW"
  | "REVIEW_REQUIRED"
  | "APPROVALS_MISSING"
  | "CHANGES_REQUESTED";

export type TransitionResult =
  | {
      ok: true;
      changes: StageChange[];
      states: StageStates;
      /**
       * The section's review starts a new round: approvals given so far no
       * longer count (a new request for review, or a reopen).
       */
      newRound: boolean;
    }
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

/** "Press release is not ready to complete: Headline, Leader's quote and 1 more." */
function notReadyMessage(label: string, purpose: string, failing: readonly FailedCheck[]): string {
  const named = failing.slice(0, 3).map((check) => check.label);
  const more = failing.length - named.length;
  return `${label} is not ready ${purpose}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
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
  const done = (newRound = false): TransitionResult => ({
    ok: true,
    changes,
    states: next,
    newRound,
  });

  /** Refuses unless the stage is open for work (drafting or in review after the stages before it). */
  const whyNotOpen = (): TransitionResult | undefined => {
    if (states[stage] === "COMPLETE")
      return refuse("ALREADY_COMPLETE", `${label} is already complete.`);
    if (states[stage] === "LOCKED")
      return refuse("STAGE_LOCKED", `${label} is locked. ${unlockHint(stage)}.`);
    if (!previousStagesComplete(states, stage))
      return refuse("EARLIER_STAGE_OPEN", `Complete the stages before ${label} first.`);
    return undefined;
  };
  /** Refuses a document that is empty or fails its required checks. */
  const whyNotReady = (purpose: string, verb: string): TransitionResult | undefined => {
    if (!facts.hasContent)
      return refuse("EMPTY_BODY", `${label} is empty. Write it before ${verb}.`);
    if (facts.failingChecks.length > 0)
      return refuse(
        "CHECKS_FAILING",
        notReadyMessage(label, purpose, facts.failingChecks),
        facts.failingChecks,
      );
    return undefined;
  };
  const notInReview = () =>
    refuse(
      "NOT_IN_REVIEW",
      `${label} is not in review (it is ${STATE_LABELS[states[stage]].toLowerCase()}).`,
    );

  switch (action) {
    case "requestReview": {
      if (states[stage] === "IN_REVIEW")
        return refuse("ALREADY_IN_REVIEW", `${label} is already in review.`);
      const refused = whyNotOpen() ?? whyNotReady("for review", "asking for review");
      if (refused) return refused;
      set(stage, "IN_REVIEW");
      return done(true);
    }
    case "withdrawReview":
    case "requestChanges": {
      if (states[stage] !== "IN_REVIEW") return notInReview();
      // Back to drafting: the text can change again, and must be reviewed again.
      set(stage, "DRAFTING");
      return done();
    }
    case "approve": {
      if (states[stage] !== "IN_REVIEW") return notInReview();
      return done();
    }
    case "complete": {
      const refused = whyNotOpen();
      if (refused) return refused;
      const { required, approvals, changesRequested } = facts.review;
      if (states[stage] === "DRAFTING" && required > 0)
        return refuse(
          "REVIEW_REQUIRED",
          `Request review first: this workspace needs ${approvalsLabel(required)} before ${label} can complete.`,
        );
      if (states[stage] === "IN_REVIEW" && changesRequested > 0)
        return refuse("CHANGES_REQUESTED", `A reviewer asked for changes to ${label}.`);
      if (states[stage] === "IN_REVIEW" && approvals < required)
        return refuse(
          "APPROVALS_MISSING",
          `${label} needs ${approvalsLabel(required)} to complete; it has ${approvals}.`,
        );
      const notReady = whyNotReady("to complete", "completing it");
      if (notReady) return notReady;
      set(stage, "COMPLETE");
      const following = nextStage(stage);
      if (following && next[following] === "LOCKED") set(following, "DRAFTING");
      return done();
    }
    case "reopen": {
      if (states[stage] !== "COMPLETE")
        return refuse("NOT_COMPLETE", `${label} is not complete, so it cannot be reopened.`);
      set(stage, "DRAFTING");
      // Later stages keep their content but wait again until this one is complete.
      for (const later of STAGES.slice(stageIndex(stage) + 1)) set(later, "LOCKED");
      // Its approvals were of the text as it was; what is changed now is reviewed afresh.
      return done(true);
    }
  }
}

/**
 * Facts under which only the stage states decide: the content is taken as
 * ready and no approval as required.
 */
export const READY: StageFacts = { hasContent: true, failingChecks: [], review: NO_REVIEW };

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

/**
 * Whether an initiative can be published: its press release is complete.
 * Publishing takes the complete stages only; later ones join on republish.
 */
export function canPublish(states: StageStates): boolean {
  return states.PRESS_RELEASE === "COMPLETE";
}

/** The stages a publication takes: those complete now, in order. */
export function publishableStages(states: StageStates): Stage[] {
  return STAGES.filter((stage) => states[stage] === "COMPLETE");
}
