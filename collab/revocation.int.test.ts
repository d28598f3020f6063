import { describe, expect, it } from "vitest";
import { freePort, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, keepTyping, storedText } from "@/test/support/collab-harness";
import { member, ownerWithInitiative } from "@/test/support/factories";

// The app reaches the collab server on COLLAB_PORT: fix it before anything reads the environment.
process.env.COLLAB_PORT = String(await freePort());

const { db } = await import("@/server/db");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { removeMember } = await import("@/server/data/membership/remove-member");
const { CLOSE_GRACE_MS } = await import("./close-connection");

const harness = collabHarness();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });

describe("a client that ignores the close frame", () => {
  it("writes nothing after its stage is completed: nothing stored, nothing relayed, the socket cut", async () => {
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const watcher = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    const hostile = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
      ignoreClose: true,
    });
    expect(hostile.scope).toBe("read-write");
    hostile.type("Written while drafting");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Written while drafting"),
      "the draft stored",
    );

    await complete(owner.id, pressRelease.id);
    const completedAt = Date.now();
    const completedText = await storedText(pressRelease.id);
    await keepTyping(hostile, "Vandal", 2_000);

    // The server stopped listening at once and cut the socket after the grace period.
    expect(hostile.closedAt).toBeDefined();
    expect(hostile.closedAt! - completedAt).toBeLessThan(200);
    await waitFor(() => hostile.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    await harness.stop(server); // stores whatever the server still held
    expect(await storedText(pressRelease.id)).toBe(completedText);
    expect(await storedText(pressRelease.id)).not.toContain("Vandal");
    expect(textOf(watcher.doc)).not.toContain("Vandal");
  });

  it("writes nothing after its member is removed, while the owner goes on writing", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const membership = await db().membership.findFirstOrThrow({
      where: { userId: editor.id, workspaceId: owner.workspaceId },
    });
    const server = await harness.start();
    const ownerClient = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await ownerClient.authenticated;
    const hostile = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
      ignoreClose: true,
    });
    hostile.type("Before removal");
    await waitFor(() => textOf(ownerClient.doc).includes("Before removal"), "the relay");

    await removeMember({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      membershipId: membership.id,
    });
    // What the member wrote before the removal is kept: it was stored before the change.
    expect(await storedText(pressRelease.id)).toContain("Before removal");
    await keepTyping(hostile, "Removed", 1_500);
    typeParagraph(ownerClient.doc, "The owner carries on");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("The owner carries on"),
      "the owner's edit stored",
    );
    await waitFor(() => hostile.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).not.toContain("Removed");
    expect(textOf(ownerClient.doc)).not.toContain("Removed");
  });
});

describe("a transition that is bound to be refused", () => {
  it("disturbs nobody's editor: no freeze, no reconnect, every edit stored", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const feasibility = await db().section.findFirstOrThrow({
      where: { initiativeId: pressRelease.initiativeId, stage: "FEASIBILITY" },
    });
    const server = await harness.start();
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await writer.authenticated).toBe("read-write");
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(complete(editor.id, feasibility.id)).rejects.toMatchObject({ status: 403 });
      typeParagraph(writer.doc, `Still writing ${attempt}`);
    }
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Still writing 4"),
      "every edit stored",
    );
    expect(writer.closes).toEqual([]);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await storedText(pressRelease.id)).toContain(`Still writing ${attempt}`);
    }
  });
});

describe("when the app cannot reach the collab server", () => {
  // COLLAB_PORT is where the app looks; these servers listen elsewhere.
  const elsewhere = { port: 0 };

  it("still stops every write within a second of completion, through the database's notification", async () => {
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    const server = await harness.start(elsewhere);
    const writer = await harness.raw({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
      ignoreClose: true,
    });
    writer.type("Draft");
    await waitFor(async () => (await storedText(pressRelease.id)).includes("Draft"), "stored");

    const started = Date.now();
    await complete(owner.id, pressRelease.id);
    const completedAt = Date.now();
    await waitFor(() => writer.closedAt !== undefined, "the connection revoked", 1_000);
    const stopped = writer.closedAt! - completedAt;
    expect(stopped).toBeLessThan(1_000);
    const completedText = await storedText(pressRelease.id);
    await keepTyping(writer, "Late", 1_000);
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).toBe(completedText);
    console.log(
      `[figures] unreachable endpoint: completion took ${completedAt - started} ms; writes stopped ${stopped} ms after it`,
    );
  });

  it("refuses to store a completed section even when every message is lost, and reloads it", async () => {
    const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
    const server = await harness.start({ ...elsewhere, accessNotifications: false });
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await writer.authenticated).toBe("read-write");
    typeParagraph(writer.doc, "Final draft");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Final draft"),
      "stored",
    );

    await complete(owner.id, pressRelease.id);
    const completedText = await storedText(pressRelease.id);
    // Nobody told the server: the connection is still writable, so the edit is applied in memory…
    typeParagraph(writer.doc, "Lost in the void");
    // …but the store refuses it, and the server drops it and revokes the connection.
    await waitFor(
      () => writer.closes.some((close) => close.reason === "edits-refused"),
      "the edits refused",
    );
    expect(server.persistence?.stats.refused).toBeGreaterThanOrEqual(1);
    expect(await storedText(pressRelease.id)).toBe(completedText);

    // The next person loads the section as stored, without the refused edit.
    const reader = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await reader.authenticated).toBe("readonly");
    await waitFor(() => textOf(reader.doc).includes("Final draft"), "the stored text");
    expect(textOf(reader.doc)).not.toContain("Lost in the void");
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).toBe(completedText);
  });
});

describe("typing while the stage completes", () => {
  it("stores what reached the server before completion and nothing typed after the response, 20 times", async () => {
    const server = await harness.start();
    const runs: { typedBefore: number; stored: number; typedAtResponse: number }[] = [];
    for (let run = 0; run < 20; run++) {
      const { owner, pressRelease } = await ownerWithInitiative(undefined, { ready: true });
      const writer = await harness.raw({
        url: server.url,
        userId: owner.id,
        sectionId: pressRelease.id,
      });
      // 20 characters a second, each a numbered token, so the stored text says what was kept.
      let typed = 0;
      const typedAt: number[] = [];
      let typing = true;
      const typist = (async () => {
        while (typing) {
          writer.type(`k${typed}`);
          typedAt.push(Date.now());
          typed++;
          await sleep(50);
        }
      })();
      await sleep(300 + run * 17);
      const requested = Date.now();
      await complete(owner.id, pressRelease.id);
      const typedAtResponse = typed;
      await sleep(300);
      typing = false;
      await typist;

      const text = await storedText(pressRelease.id);
      const kept = [...text.matchAll(/^k(\d+)$/gm)].map((match) => Number(match[1]));
      const stored = kept.length;
      // Kept tokens are a prefix: 0 … stored-1, nothing skipped, nothing late.
      expect(kept).toEqual([...Array(stored).keys()]);
      expect(stored).toBeLessThanOrEqual(typedAtResponse);
      // Everything sent well before the request was stored before the state changed.
      const typedBefore = typedAt.filter((at) => at < requested - 250).length;
      expect(stored).toBeGreaterThanOrEqual(typedBefore);
      runs.push({ typedBefore, stored, typedAtResponse });
    }
    await harness.stop(server);
    console.log(`[figures] typing race: ${JSON.stringify(runs)}`);
    // About 19 s on an idle two-core machine (20 runs of ~1 s): three times that.
  }, 60_000);
});
