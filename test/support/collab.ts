/**
 * Real HocuspocusProvider clients against a real in-process collab server,
 * for integration tests and the benchmark.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { signCollabToken } from "@/server/collab/collab-token";
import { sectionDocumentName } from "@/lib/collab-document";
import { YJS_FIELD } from "@/editor/extensions";
import { snapshotOf } from "@/editor/document";

/**
 * ws reports closing a still-connecting socket as an "error" event; the
 * provider handles closes itself, so an unhandled one must not crash the test.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on("error", () => {});
  }
}

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves with the scope once the server accepts the client. */
  authenticated: Promise<"read-write" | "readonly">;
  /** Resolves with the reason if the server refuses the client. */
  refused: Promise<string>;
  /** Close events seen by the client, newest last. */
  closes: { code: number; reason: string }[];
  destroy(): void;
};

export type ConnectOptions = {
  url: string;
  userId: string;
  sectionId: string;
  /** A fixed token (to test forged or expired ones); by default a fresh valid one per connection. */
  token?: string;
};

/** A provider in Node, authenticating with a token the way the browser does. */
export function connect({ url, userId, sectionId, token }: ConnectOptions): TestClient {
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: QuietWebSocket,
    maxAttempts: 0,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  });
  socket.on("close", ({ event }: { event: { code: number; reason: string } }) => {
    closes.push({ code: event.code, reason: event.reason.toString() });
  });
  let resolveAuthenticated: (scope: "read-write" | "readonly") => void = () => {};
  let resolveRefused: (reason: string) => void = () => {};
  const authenticated = new Promise<"read-write" | "readonly">(
    (resolve) => (resolveAuthenticated = resolve),
  );
  const refused = new Promise<string>((resolve) => (resolveRefused = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: sectionDocumentName(sectionId),
    document: doc,
    token: token ?? (async () => (await signCollabToken({ userId, sectionId })).token),
    onAuthenticated: ({ scope }) => resolveAuthenticated(scope),
    onAuthenticationFailed: ({ reason }) => resolveRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    authenticated,
    refused,
    closes,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Appends a paragraph, as typing it in the editor would. */
export function typeParagraph(doc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(YJS_FIELD);
  fragment.insert(fragment.length, [paragraph]);
}

export const textOf = (doc: Y.Doc) => snapshotOf(doc).text;

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a Redis answers on 127.0.0.1:6379 (the tests of several collab servers need one). */
export async function redisAnswers(): Promise<boolean> {
  const { connect: tcp } = await import("node:net");
  return new Promise((resolve) => {
    const socket = tcp(6379, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
