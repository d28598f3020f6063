/**
 * Managing initiatives and workspaces, on the socket (issue 10, item 5):
 * archiving turns open editors read-only at once and the store refuses the
 * section whatever a client sends; restoring makes them writable again;
 * deleting closes them; leaving a workspace revokes the person's editors.
 */
import { describe, expect, it } from "vitest";
import { freePort, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import { member, ownerWithInitiative } from "@/test/support/factories";
import { plainTextYDoc } from "@/editor/document";

// The app reaches the collab server on COLLAB_PORT: fix it before anything reads the environment.
process.env.COLLAB_PORT = String(await freePort());

const { archiveInitiative } = await import("@/server/data/initiative/archive-initiative");
const { unarchiveInitiative } = await import("@/server/data/initiative/unarchive-initiative");
const { deleteInitiative } = await import("@/server/data/initiative/delete-initiative");
const { leaveWorkspace } = await import("@/server/data/membership/leave-workspace");
const { storeSectionDocument } = await import("@/server/data/section/store-section-document");
const { getSectionAccess } = await import("@/server/data/section/get-section-access");
const { CLOSE_GRACE_MS } = await import("./close-connection");

const harness = collabHarness();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("archiving an initiative", () => {
  it("turns an open editor read-only at once; nothing written after it is stored, and restoring makes it writable again", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await writer.authenticated).toBe("read-write");
    // A client that ignores being told to stop, typing on.
    const hostile = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
      ignoreClose: true,
    });
    expect(hostile.scope).toBe("read-write");
    typeParagraph(writer.doc, "Written before the archive");
    await waitFor(() => textOf(writer.doc).includes("Written before the archive"), "typed");

    await archiveInitiative({ userId: editor.id, initiativeId: initiative.id });
    const archivedAt = Date.now();
    // What was typed before the archive was stored first (the freeze).
    expect(await storedText(pressRelease.id)).toContain("Written before the archive");
    const archivedText = await storedText(pressRelease.id);

    await waitFor(
      () => writer.closes.some((close) => close.reason === "permissions-changed"),
      "the writer's socket to be closed",
    );
    await waitFor(
      () => writer.provider.isAuthenticated && writer.provider.authorizedScope === "readonly",
      "the writer read-only after reconnecting",
    );
    expect(hostile.closedAt).toBeDefined();
    expect(hostile.closedAt! - archivedAt).toBeLessThan(500);
    for (let i = 0; i < 10; i++) {
      hostile.type(`Vandal ${i}`);
      await sleep(50);
    }
    typeParagraph(writer.doc, "Typed while archived");
    await waitFor(() => hostile.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    const late = await harness.raw({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(late.scope).toBe("readonly");

    // Whatever reaches the store, it refuses: the guard is in its UPDATE.
    const stored = await storeSectionDocument({
      sectionId: pressRelease.id,
      document: plainTextYDoc("Forced through the store"),
      contributors: [owner.id],
    });
    expect(stored.outcome).toBe("refused");
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).toBe(archivedText);

    await unarchiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    const again = await harness.start();
    const restored = harness.client({
      url: again.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await restored.authenticated).toBe("read-write");
    typeParagraph(restored.doc, "Back at work");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Back at work"),
      "the restored section stored",
    );
  });

  it("turns an open read-only editor writable when it is restored", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    await archiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    const server = await harness.start();
    const reader = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await reader.authenticated).toBe("readonly");
    await unarchiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    await waitFor(
      () => reader.provider.isAuthenticated && reader.provider.authorizedScope === "read-write",
      "writable after the restore",
    );
  });
});

describe("deleting an initiative", () => {
  it("closes its open editors, which cannot connect again", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    const server = await harness.start();
    const writer = harness.client({
      url: server.url,
      userId: owner.id,
      sectionId: pressRelease.id,
    });
    expect(await writer.authenticated).toBe("read-write");
    await deleteInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { confirmation: "Instant refunds" },
    });
    await waitFor(
      () => writer.closes.some((close) => close.reason === "permissions-changed"),
      "the socket to be closed",
    );
    expect(await writer.refused).toBe("not-found");
  });
});

describe("leaving a workspace", () => {
  it("revokes the person's editors at once, and their access with them", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const hostile = await harness.raw({
      url: server.url,
      userId: editor.id,
      sectionId: pressRelease.id,
      ignoreClose: true,
    });
    expect(hostile.scope).toBe("read-write");
    hostile.type("Before leaving");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Before leaving"),
      "stored",
    );
    const result = await leaveWorkspace({ userId: editor.id, workspaceId: owner.workspaceId });
    // They own a workspace of their own (signed up): that is where they land.
    expect(result.next).toBe(`/w/${editor.workspaceId}`);
    expect(await getSectionAccess({ userId: editor.id, sectionId: pressRelease.id })).toBeNull();
    for (let i = 0; i < 10; i++) {
      hostile.type(`Gone ${i}`);
      await sleep(50);
    }
    await waitFor(() => hostile.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).toContain("Before leaving");
    expect(await storedText(pressRelease.id)).not.toContain("Gone");
  });
});
