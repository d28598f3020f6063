import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/server/errors";
import { requireApiUser } from "@/server/auth";
import type { ActionResult } from "@/lib/action-result";

export type ActionContext = { user: { id: string; name: string; email: string } };

/** Turns a thrown error into the refusal a form can show; unexpected errors are logged, not leaked. */
export function toActionFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  unstable_rethrow(error); // redirect() and notFound() must reach Next
  if (error instanceof AppError) {
    return {
      ok: false,
      status: error.status,
      code: error.code,
      error: error.message,
      fields: error.fields,
      ...(error.checks ? { checks: error.checks } : {}),
    };
  }
  console.error("[action] unexpected error", error);
  return {
    ok: false,
    status: 500,
    code: "INTERNAL",
    error: "Something went wrong on our side. Please try again.",
  };
}

/** Forms post FormData; programmatic callers post objects. Domain functions take plain objects. */
export function formInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

/**
 * Wraps a server action: the signed-in user goes into `ctx`, any refusal
 * becomes an `ActionResult` with its HTTP-equivalent status. Validation and
 * authorization stay in the domain function the handler calls.
 */
export function authedAction<R, A extends unknown[] = []>(
  handler: (ctx: ActionContext, input: unknown, ...args: A) => Promise<R>,
) {
  return async (input: unknown, ...args: A): Promise<ActionResult<R>> => {
    try {
      const user = await requireApiUser();
      return { ok: true, data: await handler({ user }, formInput(input), ...args) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
