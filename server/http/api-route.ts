import "server-only";
import { NextResponse } from "next/server";
import { AppError, UnavailableError, tooLarge } from "@/server/errors";
import { getCurrentUser, requireApiUser } from "@/server/auth";
import { env } from "@/lib/env";
import { isForeignOrigin, isJsonContentType } from "@/lib/request-origin";
import type { ActionContext } from "@/server/actions/safe-action";

/** JSON request bodies above this are refused with 413 before they are parsed. */
const MAX_JSON_BYTES = 512 * 1024;

type HandlerArgs<P> = {
  ctx: ActionContext;
  params: P;
  request: Request;
};

type JsonHandler<P> = (
  args: HandlerArgs<P> & {
    /** The parsed JSON body ({} when there is none). */
    input: unknown;
  },
) => Promise<{ status?: number; body: unknown; headers?: HeadersInit }>;

async function readJson(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  const limit = `Request bodies are limited to ${MAX_JSON_BYTES / 1024} KB.`;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge(limit);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw tooLarge(limit);
  // Not merely tidiness: a page on another site can send text/plain, a form or
  // multipart without a preflight, never application/json. (Read first, so
  // that an empty body needs no type, whatever headers a client sends.)
  if (text && !isJsonContentType(request.headers.get("content-type")))
    throw new AppError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body as JSON, with Content-Type: application/json.",
    );
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "INVALID_JSON", "The request body must be JSON.");
  }
}

function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          fields: error.fields,
          checks: error.checks,
        },
      },
      {
        status: error.status,
        headers:
          error instanceof UnavailableError
            ? { "Retry-After": String(error.retryAfterSeconds) }
            : undefined,
      },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong." } },
    { status: 500 },
  );
}

/**
 * Refuses a state-changing request sent by a page on another origin (see
 * lib/request-origin.ts): with the person's cookies, it would act as them.
 * Before anything else, so such a request learns nothing, not even whether
 * the browser is signed in.
 */
function refuseForeignOrigin(request: Request): void {
  const foreign = isForeignOrigin({
    method: request.method,
    origin: request.headers.get("origin"),
    // Next's request URL names the host it listens on; Host is what the browser used.
    host: request.headers.get("host") ?? new URL(request.url).host,
    appUrl: env().APP_URL,
  });
  if (foreign)
    throw new AppError(
      403,
      "CROSS_ORIGIN",
      "Requests from other sites cannot change anything here.",
    );
}

/**
 * A route handler for a signed-in user that returns any Response (files,
 * say). Refusals come back as `{ error: { code, message, fields, checks } }` with
 * their status; unexpected errors as a 500 that leaks nothing.
 */
export function apiHandler<P>(handler: (args: HandlerArgs<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      refuseForeignOrigin(request);
      const user = await requireApiUser();
      return await handler({ ctx: { user }, params: await context.params, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A route handler that signed-out visitors reach too (a share link's
 * images and exports): `user` is null for them, and the handler decides
 * what they may see. Refusals and errors come back as for apiHandler.
 */
export function publicApiHandler<P>(
  handler: (args: {
    user: ActionContext["user"] | null;
    params: P;
    request: Request;
  }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      refuseForeignOrigin(request);
      const user = await getCurrentUser();
      return await handler({ user, params: await context.params, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A JSON route handler: signed-in user → JSON body → the domain function → JSON response. */
export function apiRoute<P>(handler: JsonHandler<P>) {
  return apiHandler<P>(async (args) => {
    const input = await readJson(args.request);
    const { status = 200, body, headers } = await handler({ ...args, input });
    return NextResponse.json(body, { status, headers });
  });
}
