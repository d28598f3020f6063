/**
 * Starts real collab servers and clients for an integration test file, and
 * stops every one of them after each test.
 */
import { afterEach, expect } from "vitest";
import { db } from "@/server/db";
import { startCollabServer, type CollabServerOptions } from "@/collab/start-collab-server";
import { connect, waitFor, type ConnectOptions, type TestClient } from "./collab";
import { RawClient, type RawClientOptions } from "./raw-client";

type Server = Awaited<ReturnType<typeof startCollabServer>>;

export function collabHarness(defaults: Partial<CollabServerOptions> = {}) {
  const servers: Server[] = [];
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    for (const created of raws.splice(0)) created.close();
    for (const server of servers.splice(0)) await server.stop();
  });

  return {
    /** A collab server with short debounces, on COLLAB_PORT unless told otherwise. */
    async start(options: Partial<CollabServerOptions> = {}) {
      const server = await startCollabServer({
        port: Number(process.env.COLLAB_PORT),
        host: "127.0.0.1",
        debounceMs: 100,
        maxDebounceMs: 500,
        ...defaults,
        ...options,
      });
      servers.push(server);
      return server;
    },
    /** Stops a server now (every open document is stored) and forgets it. */
    async stop(server: Server) {
      servers.splice(servers.indexOf(server), 1);
      await server.stop();
    },
    client(options: ConnectOptions) {
      const created = connect(options);
      clients.push(created);
      return created;
    },
    /** A client the server accepted with `scope`, once it holds the document. */
    async opened(options: ConnectOptions, scope: "read-write" | "readonly" = "read-write") {
      const created = connect(options);
      clients.push(created);
      expect(await created.authenticated).toBe(scope);
      await waitFor(() => created.provider.isSynced, "the document");
      return created;
    },
    async raw(options: RawClientOptions) {
      const created = await RawClient.open(options);
      raws.push(created);
      return created;
    },
  };
}

/** The section's stored plain text. */
export const storedText = async (sectionId: string) =>
  (await db().section.findUniqueOrThrow({ where: { id: sectionId } })).text;

/** Sends a paragraph every 50 ms for `ms`, as long as the socket lets it (a client that will not stop). */
export async function keepTyping(client: { type(text: string): void }, word: string, ms: number) {
  for (let i = 0; i * 50 < ms; i++) {
    client.type(`${word} ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
