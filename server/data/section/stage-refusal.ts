import "server-only";
import { AppError, type AppErrorStatus } from "@/server/errors";
import type { TransitionRefusal, TransitionResult } from "@/lib/stages";

/**
 * A locked stage is out of bounds (403); an empty one is bad input (400);
 * one whose checks fail conflicts with what its document holds (409, with
 * the failing checks); the rest are stale views or a review that does not
 * allow it yet (409).
 */
const REFUSAL_STATUS: Record<TransitionRefusal, AppErrorStatus> = {
  STAGE_LOCKED: 403,
  EARLIER_STAGE_OPEN: 403,
  EMPTY_BODY: 400,
  CHECKS_FAILING: 409,
  ALREADY_COMPLETE: 409,
  NOT_COMPLETE: 409,
  ALREADY_IN_REVIEW: 409,
  NOT_IN_REVIEW: 409,
  REVIEW_REQUIRED: 409,
  APPROVALS_MISSING: 409,
  CHANGES_REQUESTED: 409,
};

/** Throws the stage rules' refusal as the AppError every door answers with. */
export function assertAllowed(
  result: TransitionResult,
): asserts result is Extract<TransitionResult, { ok: true }> {
  if (result.ok) return;
  throw new AppError(
    REFUSAL_STATUS[result.reason],
    result.reason,
    result.message,
    result.reason === "EMPTY_BODY" ? { body: result.message } : undefined,
    result.failing,
  );
}
