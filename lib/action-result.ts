import type { FailedCheck } from "@/lib/checks/types";

/** What every server action returns: its data, or why it was refused. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** The HTTP status the same refusal gets from the API (400, 403, 404, 409, 413…). */
      status: number;
      code: string;
      error: string;
      /** Field name → reason, for forms. */
      fields?: Record<string, string>;
      /** The required checks that fail, when completing a stage was refused because of them. */
      checks?: readonly FailedCheck[];
    };
