import "server-only";
import { NextResponse } from "next/server";
import { AppError, tooLarge } from "@/server/errors";
import { requireApiUser } from "@/server/auth";
import type { ActionContext } from "@/server/actions/safe-action";

/** Request bodies above this are refused with 413 before they are parsed. */
const MAX_JSON_BYTES = 512 * 1024;

type Handler<P> = (args: {
  ctx: ActionContext;
  params: P;
  /** The parsed JSON body ({} when there is none). */
  input: unknown;
  request: Request;
}) => Promise<{ status?: number; body: unknown }>;

async function readJson(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BYTES)
    throw tooLarge(`Request bodies are limited to ${MAX_JSON_BYTES / 1024} KB.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES)
    throw tooLarge(`Request bodies are limited to ${MAX_JSON_BYTES / 1024} KB.`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "INVALID_JSON", "The request body must be JSON.");
  }
}

/**
 * A JSON route handler: signed-in user → body → the domain function →
 * response. Refusals come back as `{ error: { code, message, fields } }` with
 * their status; unexpected errors as a 500 that leaks nothing.
 */
export function apiRoute<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const user = await requireApiUser();
      const input = await readJson(request);
      const { status = 200, body } = await handler({
        ctx: { user },
        params: await context.params,
        input,
        request,
      });
      return NextResponse.json(body, { status });
    } catch (error) {
      if (error instanceof AppError) {
        return NextResponse.json(
          { error: { code: error.code, message: error.message, fields: error.fields } },
          { status: error.status },
        );
      }
      console.error("[api] unexpected error", error);
      return NextResponse.json(
        { error: { code: "INTERNAL", message: "Something went wrong." } },
        { status: 500 },
      );
    }
  };
}
