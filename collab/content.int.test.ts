// What a writer or reader may put into a document or its awareness: carets
// stamped and checked, nesting and size bounded, sessions per person capped.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { freePort, textOf, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import { member, ownerWithInitiative } from "@/test/support/factories";
import { userColor } from "@/lib/user-color";

process.env.COLLAB_PORT = String(await freePort());

const harness = collabHarness();

describe("presence", () => {
  it("shows every caret under its owner's real name and colour, whatever the client claims", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const impostor = harness.client({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
    });
    const watcher = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await Promise.all([impostor.authenticated, watcher.authenticated]);
    const cursor = {
      anchor: { tname: "default", item: null, assoc: 0 },
      head: { tname: "default", item: null, assoc: 0 },
    };
    impostor.provider.setAwarenessField("user", {
      id: owner.id,
      name: owner.name,
      color: "#000000",
    });
    impostor.provider.setAwarenessField("cursor", cursor);
    const seen = () => watcher.provider.awareness?.getStates().get(impostor.doc.clientID);
    await waitFor(
      () => seen()?.cursor !== undefined && seen()?.cursor !== null,
      "the impostor's caret",
    );
    expect(seen()?.user).toEqual({ id: editor.id, name: editor.name, color: userColor(editor.id) });
    expect(seen()?.cursor).toEqual(cursor);
  });

  it("drops malformed carets, extra fields and states for other clients before anyone sees them", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const server = await harness.start();
    const watcher = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await watcher.authenticated;
    const hostile = await harness.raw({
      url: server.url,
      userId: reviewer.id,
      sectionId: pressRelease.id,
    });
    expect(hostile.scope).toBe("readonly");
    // A caret naming nothing (it made every editor throw), a field nobody asked for,
    // then a state claiming to be the watcher's own client.
    hostile.sendAwareness(999_100, 1, {
      user: {},
      cursor: {
        anchor: {
          type: { client: 1, clock: 99_999 },
          tname: null,
          item: { client: 42, clock: 1e9 },
          assoc: 0,
        },
        head: "garbage",
      },
      script: "<img src=x onerror=alert(1)>",
    });
    hostile.sendAwareness(watcher.doc.clientID, 99, { user: { name: "Owner, really" } });
    const states = () => watcher.provider.awareness?.getStates();
    await waitFor(() => states()?.has(999_100) === true, "the hostile state, cleaned");
    expect(states()?.get(999_100)).toEqual({
      user: { id: reviewer.id, name: reviewer.name, color: userColor(reviewer.id) },
      cursor: null,
    });
    // The watcher's own state is still its own.
    expect(states()?.get(watcher.doc.clientID)?.user).not.toEqual({ name: "Owner, really" });
  });
});

describe("content limits", () => {
  /** A paragraph inside `depth` nested quotes, appended at the end. */
  const nested = (depth: number, text: string) => (fragment: Y.XmlFragment) => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    let outer: Y.XmlElement = paragraph;
    for (let level = 0; level < depth; level++) {
      const quote = new Y.XmlElement("blockquote");
      quote.insert(0, [outer]);
      outer = quote;
    }
    fragment.insert(fragment.length, [outer]);
  };

  it("refuses content nested too deeply before anyone sees it, and keeps what is reasonable", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start({ limits: { maxDepth: 48 } });
    const watcher = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    await watcher.authenticated;
    const writer = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
    });
    writer.edit(nested(6, "A quote in a quote"));
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("A quote in a quote"),
      "stored",
    );
    writer.edit(nested(200, "Too deep to render"));
    await waitFor(() => writer.ended, "the connection revoked");
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).not.toContain("Too deep to render");
    expect(textOf(watcher.doc)).not.toContain("Too deep to render");
  });

  it("refuses growth past the document size limit", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const server = await harness.start({ limits: { maxDocumentBytes: 96 * 1024 } });
    const writer = await harness.raw({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    writer.type(`First ${"a".repeat(40 * 1024)}`);
    await waitFor(async () => (await storedText(pressRelease.id)).includes("First"), "the first");
    writer.type(`Second ${"b".repeat(40 * 1024)}`);
    await waitFor(async () => (await storedText(pressRelease.id)).includes("Second"), "the second");
    writer.type(`Third ${"c".repeat(40 * 1024)}`);
    await waitFor(() => writer.ended, "the connection revoked");
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).not.toContain("Third");
  });

  it("does not let one person fill a document with sessions", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start({ limits: { maxClientsPerPerson: 2 } });
    const open = () =>
      harness.raw({ url: server.url, userId: editor.id, sectionId: pressRelease.id });
    const [first, second] = [await open(), await open()];
    const third = await open();
    await waitFor(() => third.ended, "the third session closed");
    expect(first.open && second.open).toBe(true);
    const ownerClient = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await ownerClient.authenticated).toBe("read-write");
  });
});
