import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hocuspocus } from "@hocuspocus/server";
import type { z } from "zod";
import { ZInvalidationSchema } from "@/lib/collab-invalidation";
import { ZCollabRestoreSchema, ZCollabStoreSchema } from "@/lib/schemas/version";
import { restoreDocument, storeDocumentNow } from "./document-versions";
import type { Invalidation } from "./extensions/invalidation";
import type { Persistence } from "./extensions/persistence";

/** Bodies of the internal endpoints are lists of documents and members: small. */
const MAX_BODY_BYTES = 256 * 1024;

export type HttpEndpointsOptions = {
  name: string;
  hocuspocus: Hocuspocus;
  persistence?: Persistence;
  invalidation?: Invalidation;
  /** The secret guarding /internal/* (derived from AUTH_SECRET). */
  internalSecret: string;
  /** How many sockets are open now, for /health. */
  connections: () => number;
  /** How many times the server handed memory back once idle, for /health. */
  idleCollections?: () => number;
};

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const INTERNAL_PATHS = [
  "/internal/invalidate",
  "/internal/freeze",
  "/internal/store",
  "/internal/restore",
];

type Answer = { status: number; body: Record<string, unknown> };

/** Runs `run` on a body that fits `schema`; a 400 naming the first problem otherwise. */
async function withBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  run: (input: z.infer<S>) => Promise<Answer>,
): Promise<Answer> {
  const result = schema.safeParse(body);
  if (!result.success)
    return { status: 400, body: { error: result.error.issues[0]?.message ?? "invalid" } };
  return run(result.data);
}

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

/**
 * The collab server's plain HTTP side, beside its WebSocket: GET /health for
 * load balancers and the benchmark, and the app's internal calls — POST
 * /internal/freeze (the affected connections turn read-only and their
 * documents are stored, before a change of rights commits) and POST
 * /internal/invalidate (they are revoked, after it); POST /internal/store (a
 * document is stored now, before the app takes a named version) and POST
 * /internal/restore (a version becomes the live document's text).
 */
export function httpEndpoints(options: HttpEndpointsOptions) {
  const { hocuspocus, persistence, invalidation, internalSecret } = options;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const { pathname } = new URL(request.url ?? "/", "http://collab.internal");
    if (request.method === "GET" && pathname === "/health") {
      const memory = process.memoryUsage();
      return reply(response, 200, {
        ok: true,
        name: options.name,
        documents: hocuspocus.getDocumentsCount(),
        connections: options.connections(),
        rssBytes: memory.rss,
        // Where the memory is: the JavaScript heap, and buffers outside it.
        heapUsedBytes: memory.heapUsed,
        externalBytes: memory.external,
        heapTotalBytes: memory.heapTotal,
        idleCollections: options.idleCollections?.(),
        stores: persistence?.stats,
      });
    }
    const internal = INTERNAL_PATHS.includes(pathname);
    if (request.method !== "POST" || !internal || !invalidation || !persistence) {
      return reply(response, 404, { error: "not found" });
    }
    if (!sameSecret(request.headers.authorization, internalSecret))
      return reply(response, 403, { error: "forbidden" });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request, MAX_BODY_BYTES));
    } catch {
      return reply(response, 400, { error: "The body must be JSON of at most 256 KB." });
    }
    if (pathname === "/internal/store" || pathname === "/internal/restore") {
      const answer =
        pathname === "/internal/store"
          ? await withBody(ZCollabStoreSchema, body, ({ documentName }) =>
              storeDocumentNow(hocuspocus, persistence, documentName),
            )
          : await withBody(ZCollabRestoreSchema, body, (restore) =>
              restoreDocument(hocuspocus, persistence, restore),
            );
      return reply(response, answer.status, answer.body);
    }
    const parsed = ZInvalidationSchema.safeParse(body);
    if (!parsed.success)
      return reply(response, 400, { error: parsed.error.issues[0]?.message ?? "invalid" });
    if (pathname === "/internal/invalidate") {
      await invalidation.invalidate(parsed.data);
      return reply(response, 202, { ok: true });
    }
    const documents = await invalidation.freeze(parsed.data);
    await Promise.all(documents.map((document) => persistence.flush(hocuspocus, document)));
    return reply(response, 200, { ok: true, stored: documents.length });
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      console.error("[collab] request failed", error);
      if (!response.headersSent) reply(response, 500, { error: "internal" });
    });
  };
}
