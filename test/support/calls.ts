/**
 * How the bad-input tests call route handlers and server actions the way
 * Next does, and the invariant they hold every call to: an answer below 500,
 * and nothing written when the answer is a refusal.
 */
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { expect } from "vitest";
import { db } from "@/server/db";
import type { ActionResult } from "@/lib/action-result";

const TABLES = [
  "User",
  "Workspace",
  "Membership",
  "Invite",
  "Initiative",
  "Section",
  "Activity",
  "Asset",
  "SignInAttempt",
  "Review",
  "Notification",
  "CommentThread",
  "Comment",
  "Account",
  "VerificationToken",
  "SignInLinkRequest",
  "Publication",
  "ShareLink",
  "FeedbackThread",
  "FeedbackMessage",
  "SectionVersion",
] as const;

/** A digest of every row of every table, in one query: equal digests, nothing written. */
export async function fingerprint(): Promise<Record<string, string | null>> {
  const digests = TABLES.map(
    (table) =>
      `(SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM "${table}" t) AS "${table}"`,
  );
  const [row] = await db().$queryRawUnsafe<Record<string, string | null>[]>(
    `SELECT ${digests.join(", ")}`,
  );
  return row ?? {};
}

/** A JSON request as a browser would send it, Content-Length included. */
export function jsonRequest(method: string, body?: string, url = "http://localhost/api"): Request {
  return new Request(url, {
    method,
    body,
    headers:
      body === undefined
        ? {}
        : {
            "content-type": "application/json",
            "content-length": String(Buffer.byteLength(body)),
          },
  });
}

/** A multipart upload with the Content-Length the route insists on. */
export async function multipartRequest(form: FormData): Promise<Request> {
  const encoded = new Response(form);
  const body = await encoded.arrayBuffer();
  return new Request("http://localhost/api/assets", {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type") ?? "multipart/form-data",
      "content-length": String(body.byteLength),
    },
  });
}

/** An upload form: bytes become a file, strings stay text fields. */
export function multipart(fields: Record<string, string | Uint8Array>): Promise<Request> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    data.append(name, typeof value === "string" ? value : new File([new Uint8Array(value)], "f"));
  return multipartRequest(data);
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as Next would, with its params already decoded. */
export async function route<P>(
  handler: Handler<P>,
  request: Request | Promise<Request>,
  params: P,
): Promise<Response> {
  return handler(await request, { params: Promise.resolve(params) });
}

/**
 * The status Next gives a server action's outcome: its refusal's, 303 for a
 * redirect, 500 when it throws anything else.
 */
export async function actionStatus(
  run: () => Promise<ActionResult<unknown> | void>,
): Promise<number> {
  try {
    const result = await run();
    return !result || result.ok ? 200 : result.status;
  } catch (error) {
    if (isRedirectError(error)) return 303;
    console.error("[bad-input] the action threw", error);
    return 500;
  }
}

/** Action arguments arrive from the network: whatever their declared type, they may be anything. */
export const untrusted = (value: unknown) => value as string;

/** Answers by status, so a run can show that generated input also gets past validation. */
export const tally = new Map<number, number>();

/**
 * Makes one call and asserts the invariant: below 500, and the database
 * unchanged when refused. Counts the answer in `tally` unless told not to.
 */
export async function expectSafe(call: () => Promise<number>, counted = true): Promise<number> {
  const before = await fingerprint();
  const status = await call();
  if (counted) tally.set(status, (tally.get(status) ?? 0) + 1);
  expect(status).toBeLessThan(500);
  if (status >= 400) expect(await fingerprint()).toEqual(before);
  return status;
}

/** One line for the log: how many calls, and how many got each status. */
export function tallyReport(): string {
  const sent = [...tally.values()].reduce((sum, count) => sum + count, 0);
  const byStatus = [...tally].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
  return `${sent} generated calls: ${byStatus.join(" ")}`;
}
