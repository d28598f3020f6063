import "server-only";
import type { z } from "zod";
import { isId } from "@/lib/schemas/ids";
import type { FailedCheck } from "@/lib/checks/types";

export type AppErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 411 | 413 | 415 | 429 | 501 | 503;

/**
 * An expected failure with the HTTP status it maps to. Domain functions throw
 * it; route handlers and the action wrapper turn it into a response, so a
 * refusal reads the same through every door.
 */
export class AppError extends Error {
  constructor(
    readonly status: AppErrorStatus,
    readonly code: string,
    message: string,
    /** Field name → reason, for 400s. */
    readonly fields?: Record<string, string>,
    /** The required checks a stage fails, for a completion refused because of them. */
    readonly checks?: readonly FailedCheck[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = () => new AppError(401, "UNAUTHORIZED", "Sign in to continue.");
export const forbidden = (message = "You don't have permission to do that.") =>
  new AppError(403, "FORBIDDEN", message);
export const notFound = (what: string) => new AppError(404, "NOT_FOUND", `${what} not found.`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
/**
 * 503: a shared resource (the PDF renderer) is busy or too slow right now;
 * the response says when to try again (Retry-After).
 */
export class UnavailableError extends AppError {
  constructor(
    message: string,
    /** Seconds, for the Retry-After header. */
    readonly retryAfterSeconds: number,
  ) {
    super(503, "UNAVAILABLE", message);
    this.name = "UnavailableError";
  }
}

export const tooLarge = (message: string, field?: string) =>
  new AppError(413, "TOO_LARGE", message, field ? { [field]: message } : undefined);

/** Validates input, throwing a 400 that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  throw new AppError(
    400,
    "INVALID_INPUT",
    first ? `${first[0]}: ${first[1]}` : "Invalid input.",
    fields,
  );
}

/**
 * An id from outside (URL, form, action argument), checked by shape before
 * it reaches a query. A malformed one is answered like an unknown one: 404
 * `what` not found, never 400 or 500, so the answer says nothing either way.
 */
export function parseId(value: unknown, what: string): string {
  if (!isId(value)) throw notFound(what);
  return value;
}
