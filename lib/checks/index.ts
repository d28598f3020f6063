import type { JSONContent } from "@tiptap/core";
import type { ContentFacts, Stage } from "@/lib/stages";
import { hasWrittenContent } from "@/editor/document";
import type { CheckContext, CheckReport, FailedCheck, StageChecks } from "./types";
import { pressReleaseChecks } from "./press-release";
import { faqChecks } from "./faq";
import { userManualChecks } from "./user-manual";
import { mockupsChecks } from "./mockups";
import { feasibilityChecks } from "./feasibility";

export type * from "./types";
export { counterState } from "./counter";

const STAGE_CHECKS: Record<Stage, StageChecks> = {
  PRESS_RELEASE: pressReleaseChecks,
  FAQ: faqChecks,
  USER_MANUAL: userManualChecks,
  MOCKUPS: mockupsChecks,
  FEASIBILITY: feasibilityChecks,
};

/**
 * A stage's checklist for a document: the same pure code runs live in the
 * browser and on the server when a stage is completed, so what the panel
 * shows is what the server enforces.
 */
export function checkStage(
  stage: Stage,
  doc: JSONContent | null | undefined,
  context: CheckContext,
): CheckReport {
  const { checks, counter } = STAGE_CHECKS[stage](doc ?? { type: "doc", content: [] }, context);
  const passed = checks.filter((check) => check.passed).length;
  return {
    stage,
    checks,
    counter,
    passed,
    total: checks.length,
    failing: checks.filter((check) => check.required && !check.passed),
  };
}

/** The failing required checks as a refusal carries them: no anchors, just what and why. */
export function failedChecks(report: CheckReport): FailedCheck[] {
  return report.failing.map(({ id, label, hint, detail }) => ({
    id,
    label,
    hint,
    ...(detail ? { detail } : {}),
  }));
}

/**
 * What the stage rules need to know about a document to decide whether its
 * stage may go to review or complete: whether anyone wrote in it, and which
 * required checks it fails. The server builds these from the stored document, the browser
 * from the live one, with the same code.
 */
export function completionFacts(
  stage: Stage,
  doc: JSONContent | null | undefined,
  context: CheckContext,
): ContentFacts {
  return {
    hasContent: hasWrittenContent(doc),
    failingChecks: failedChecks(checkStage(stage, doc, context)),
  };
}

/** The figures stored beside a section's document for lists: checks passed, of how many. */
export function checkCounts(
  stage: Stage,
  doc: JSONContent | null | undefined,
  context: CheckContext,
): { checksPassed: number; checksTotal: number } {
  const report = checkStage(stage, doc, context);
  return { checksPassed: report.passed, checksTotal: report.total };
}
