import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { freePort, redisAnswers, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import { ownerWithInitiative } from "@/test/support/factories";

process.env.COLLAB_PORT = String(await freePort());

const { db } = await import("@/server/db");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { collabInternalSecret } = await import("@/server/collab/collab-token");

const harness = collabHarness();

describe("failed saves", () => {
  afterEach(async () => {
    await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_section_store ON "Section"`);
  });

  /** Makes the next `failures` stores of any section fail in the database itself. */
  async function failNextStores(failures: number) {
    // A sequence, not a counter row: nextval survives the failed statement's rollback.
    await db().$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS injected_failures`);
    await db().$executeRawUnsafe(`ALTER SEQUENCE injected_failures RESTART WITH 1`);
    await db().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_section_store() RETURNS trigger AS $$
      BEGIN
        IF nextval('injected_failures') <= ${failures} THEN
          RAISE EXCEPTION 'injected failure';
        END IF;
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_section_store ON "Section"`);
    await db().$executeRawUnsafe(`
      CREATE TRIGGER fail_section_store BEFORE UPDATE OF "ydoc" ON "Section"
      FOR EACH ROW EXECUTE FUNCTION fail_section_store()`);
  }

  it("retries a failed save until it lands", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await harness.start({ persistence: { retryDelaysMs: [50, 50, 50] } });
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await writer.authenticated;
    // Loaded (and its template seeded) before the database starts failing.
    await waitFor(() => textOf(writer.doc).startsWith("Headline"), "the document loaded");
    await failNextStores(2);
    typeParagraph(writer.doc, "Worth keeping");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Worth keeping"),
      "stored",
    );
    expect(server.persistence?.stats.failures).toBe(2);
  });

  it("keeps a document it could not save in memory, even with nobody connected, and saves it later", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await harness.start({
      persistence: { retryDelaysMs: [20], unsavedRetryMs: 500 },
    });
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await writer.authenticated;
    // Loaded (and its template seeded) before the database starts failing.
    await waitFor(() => textOf(writer.doc).startsWith("Headline"), "the document loaded");
    await failNextStores(2);
    typeParagraph(writer.doc, "Written during an outage");
    await waitFor(() => !writer.provider.hasUnsyncedChanges, "the server to hold the edit");
    await waitFor(() => (server.persistence?.stats.failures ?? 0) >= 2, "both attempts to fail");
    writer.destroy();
    // The last person left, yet the document stays loaded: its change is not stored yet.
    expect(server.hocuspocus.getDocumentsCount()).toBe(1);
    expect(await storedText(pressRelease.id)).not.toContain("Written during an outage");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Written during an outage"),
      "the later retry to land",
    );
    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, "the document unloaded");
  });
});

describe("the internal endpoints", () => {
  it("refuse callers without the secret and bad bodies, and a freeze stores and stops writes", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    // Debounced saves far off: only the freeze can store the edit in time.
    const server = await harness.start({ debounceMs: 30_000, maxDebounceMs: 60_000 });
    const base = `http://127.0.0.1:${server.port}`;
    const post = (path: string, body: string, secret?: string) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: secret ? { Authorization: `Bearer ${secret}` } : {},
        body,
      });
    const documents = JSON.stringify({ documents: [`section.${pressRelease.id}`] });
    expect((await post("/internal/freeze", documents)).status).toBe(403);
    expect((await post("/internal/invalidate", documents, "guess")).status).toBe(403);
    const secret = collabInternalSecret();
    expect((await post("/internal/invalidate", "{", secret)).status).toBe(400);
    expect((await post("/internal/invalidate", "x".repeat(300 * 1024), secret)).status).toBe(400);
    expect((await post("/internal/invalidate", '{"documents":"all"}', secret)).status).toBe(400);
    expect((await post("/internal/elsewhere", documents, secret)).status).toBe(404);

    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await writer.authenticated;
    typeParagraph(writer.doc, "Typed just before the freeze");
    await waitFor(() => !writer.provider.hasUnsyncedChanges, "the server to hold the edit");
    expect(await storedText(pressRelease.id)).not.toContain("Typed just before the freeze");
    const frozen = await post("/internal/freeze", documents, secret);
    expect(await frozen.json()).toEqual({ ok: true, stored: 1 });
    expect(await storedText(pressRelease.id)).toContain("Typed just before the freeze");
    const [connection] = server.hocuspocus.documents
      .get(`section.${pressRelease.id}`)!
      .getConnections();
    expect(connection?.readOnly).toBe(true);
  });
});

describe("access notifications", () => {
  it("revokes every writable connection after its listening connection was lost, then listens again", async () => {
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    // Listening elsewhere: only the database's notifications can reach it.
    const server = await harness.start({ port: 0 });
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await writer.authenticated;
    await db().$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN foreword_collab_access%'`,
    );
    await waitFor(
      () => writer.closes.some((close) => close.reason === "permissions-changed"),
      "the writable connection revoked after the listener came back",
    );
    await waitFor(() => server.accessNotifications?.listening === true, "listening again");
    await waitFor(() => writer.provider.isAuthenticated, "the writer back");
    typeParagraph(writer.doc, "Finished");
    await waitFor(async () => (await storedText(pressRelease.id)).includes("Finished"), "stored");
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    await waitFor(
      () => writer.provider.isAuthenticated && writer.provider.authorizedScope === "readonly",
      "read-only through the notification alone",
    );
    expect(textOf(writer.doc)).toContain("Finished");
  });
});

const redisUp = await redisAnswers();

describe.skipIf(!redisUp)("invalidations through Redis", () => {
  it("logs and ignores malformed messages, and still acts on good ones", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await harness.start({ redisUrl: "redis://127.0.0.1:6379", port: 0 });
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await writer.authenticated;
    const publisher = new Redis("redis://127.0.0.1:6379");
    try {
      for (const message of ["not json", "{", '{"kind":"explode"}', "null", "[]"]) {
        await publisher.publish("foreword:collab:invalidate", message);
      }
      await publisher.publish(
        "foreword:collab:invalidate",
        JSON.stringify({
          kind: "invalidate",
          invalidation: { documents: [`section.${pressRelease.id}`], members: [] },
        }),
      );
    } finally {
      await publisher.quit();
    }
    await waitFor(
      () => writer.closes.some((close) => close.reason === "permissions-changed"),
      "the good message acted on",
    );
    // Still serving.
    const again = harness.client({ url: server.url, userId: owner.id, sectionId: pressRelease.id });
    expect(await again.authenticated).toBe("read-write");
  });
});

describe("memory", () => {
  it("unloads a document after its last save and collects once no document is open", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await harness.start({ trimMemory: { idleMs: 50 } });
    const writer = await harness.opened({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    typeParagraph(writer.doc, "Kept before it leaves memory");
    await waitFor(() => !writer.provider.hasUnsyncedChanges, "the server to have the edit");
    writer.destroy();
    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, "the document unloaded");
    expect(await storedText(pressRelease.id)).toContain("Kept before it leaves memory");
    await waitFor(() => server.memoryTrim?.trims === 1, "one full collection");
  });
});
