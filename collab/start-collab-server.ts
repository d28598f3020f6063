import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import { WebSocketServer, type WebSocket } from "ws";
import { collabInternalSecret } from "@/server/collab/collab-token";
import { Authentication } from "./extensions/authentication";
import { Persistence, type PersistenceOptions } from "./extensions/persistence";
import { Limits, type LimitsOptions } from "./extensions/limits";
import { Invalidation } from "./extensions/invalidation";
import { Presence } from "./extensions/presence";
import { ContentGuard } from "./extensions/content-guard";
import { AccessNotifications } from "./extensions/access-notifications";
import { redisExtension } from "./extensions/redis";
import { MemoryTrim } from "./memory";
import { httpEndpoints } from "./http-endpoints";
import { closeSocket, isClosing } from "./close-connection";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/client-address";

export type CollabServerOptions = {
  port: number;
  host?: string;
  /** Share documents with other instances through this Redis. */
  redisUrl?: string;
  name?: string;
  /** Store at most this long after a change settles / after the first unsaved change. */
  debounceMs?: number;
  maxDebounceMs?: number;
  limits?: Partial<LimitsOptions>;
  persistence?: PersistenceOptions;
  /**
   * Listen for the database's access notifications (default: on). Tests turn
   * it off to show what the store's own guard does when every message is lost.
   */
  accessNotifications?: boolean;
  /** Proxy hops in front of this server whose X-Forwarded-For counts (default: TRUSTED_PROXIES). */
  trustedProxies?: number;
  /** Only for the benchmark: run Hocuspocus with none of our extensions. */
  bare?: boolean;
  /**
   * Hand memory back once no document is open (collab/memory.ts): on for the
   * server's own process (collab/server.ts), off where tests run several
   * servers in one process.
   */
  trimMemory?: { idleMs?: number };
};

export type CollabServer = {
  url: string;
  port: number;
  hocuspocus: Hocuspocus;
  persistence?: Persistence;
  invalidation?: Invalidation;
  accessNotifications?: AccessNotifications;
  memoryTrim?: MemoryTrim;
  /** Stops accepting, closes every socket, and waits until every document is stored. */
  stop(): Promise<void>;
};

const TOO_MANY_CONNECTIONS = { code: 4429, reason: "too-many-connections" } as const;
const SHUTTING_DOWN = { code: 1012, reason: "server-restarting" } as const;
const MESSAGE_TOO_LARGE = { code: 1009, reason: "message-too-large" } as const;

/** The client's address by the app's one rule: forwarded headers count only through TRUSTED_PROXIES hops. */
function clientIp(request: IncomingMessage, trustedProxies: number): string {
  return clientAddress({
    forwardedFor: request.headers["x-forwarded-for"],
    socketAddress: request.socket.remoteAddress,
    trustedProxies,
  });
}

function toWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return new Request(new URL(request.url ?? "/", "http://collab.internal"), { headers });
}

/**
 * The collab server: Hocuspocus with Foreword's extensions behind a plain
 * Node HTTP + WebSocket server, so that every limit closes the socket with a
 * reason and the internal endpoint sits beside the WebSocket.
 */
export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const name = options.name ?? `collab-${randomUUID().slice(0, 8)}`;
  const limits = new Limits(options.limits);
  const persistence = options.bare ? undefined : new Persistence(options.persistence);
  const invalidation = options.bare ? undefined : new Invalidation({ redisUrl: options.redisUrl });
  const accessNotifications =
    invalidation && options.accessNotifications !== false
      ? new AccessNotifications({ connectionString: env().DATABASE_URL, invalidation })
      : undefined;
  const extensions: Extension[] =
    options.bare || !persistence || !invalidation
      ? []
      : [
          limits,
          new Authentication(),
          new ContentGuard(limits.options),
          new Presence(),
          persistence,
          invalidation,
        ];
  if (accessNotifications) extensions.push(accessNotifications);
  const memoryTrim = options.trimMemory ? new MemoryTrim(options.trimMemory.idleMs) : undefined;
  if (memoryTrim) extensions.push(memoryTrim);
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, name));

  const hocuspocus = new Hocuspocus({
    name,
    quiet: true,
    debounce: options.debounceMs ?? 2_000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
    extensions,
  });

  const internalSecret = options.bare ? "" : collabInternalSecret();
  const trustedProxies = options.trustedProxies ?? env().TRUSTED_PROXIES;
  const sockets = new Set<WebSocket>();
  let stopping = false;

  const http = createServer(
    httpEndpoints({
      name,
      hocuspocus,
      persistence,
      invalidation,
      internalSecret,
      connections: () => sockets.size,
      idleCollections: () => memoryTrim?.trims ?? 0,
    }),
  );

  // We check the message-size limit ourselves, to close with a reason the
  // browser can show; ws's own cap (twice as large) guards memory beyond that.
  const maxBytes = limits.options.maxMessageBytes;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBytes * 2 });
  http.on("upgrade", (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (stopping) return ws.close(SHUTTING_DOWN.code, SHUTTING_DOWN.reason);
      if (!limits.admit(clientIp(request, trustedProxies)))
        return closeSocket(ws, TOO_MANY_CONNECTIONS);
      sockets.add(ws);
      const client = hocuspocus.handleConnection(ws, toWebRequest(request));
      ws.on("message", (data: Buffer, isBinary) => {
        // Once we close a socket its rights are gone: ws still delivers what
        // a client sends after our close frame, and none of it may count.
        if (isClosing(ws)) return;
        if (data.byteLength > maxBytes) return closeSocket(ws, MESSAGE_TOO_LARGE);
        if (isBinary)
          client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      });
      ws.on("close", (code, reason) => {
        sockets.delete(ws);
        client.handleClose({ code, reason: reason.toString() });
      });
      ws.on("error", (error) => console.warn("[collab] socket error", error.message));
    });
  });

  await new Promise<void>((resolve) =>
    http.listen(options.port, options.host ?? "0.0.0.0", resolve),
  );
  const { port } = http.address() as AddressInfo;
  await accessNotifications?.start();
  await hocuspocus.hooks("onListen", {
    instance: hocuspocus,
    configuration: hocuspocus.configuration,
    port,
  });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    http.close();
    // Keep-alive requests (the app's invalidations) must not reach a server that is going away.
    http.closeAllConnections();
    for (const ws of sockets) ws.close(SHUTTING_DOWN.code, SHUTTING_DOWN.reason);
    persistence?.drain();
    hocuspocus.flushPendingStores();
    // Wait for every document to be stored and unloaded (a failed save keeps one in memory: give up after 15 s).
    const deadline = Date.now() + 15_000;
    while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      hocuspocus.flushPendingStores();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (hocuspocus.getDocumentsCount() > 0) {
      console.error(
        `[collab] stopped with ${hocuspocus.getDocumentsCount()} document(s) not stored`,
      );
    }
    wss.close();
    await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
  };

  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    hocuspocus,
    persistence,
    invalidation,
    accessNotifications,
    memoryTrim,
    stop,
  };
}
