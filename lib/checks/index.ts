import type { JSONContent } from "@tiptap/core";
import type { Stage } from "@/lib/stages";
import type { CheckContext, CheckReport, StageChecks } from "./types";
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
