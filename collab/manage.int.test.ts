/**
 * Managing initiatives and workspaces, on the socket (issue 10, item 5):
 * archiving turns open editors read-only at once and the store refuses the
 * section whatever a client sends; restoring makes them writable again;
 * deleting closes them; leaving a workspace revokes the person's editors.
 */
import { describe, expect, it } from "vitest";
import { freePort, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, keepTyping, storedText } from "@/test/support/collab-harness";
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
type Server = Awaited<ReturnType<typeof harness.start>>;

/** A provider on the section, once the server has answered with its scope. */
async function open(server: Server, userId: string, sectionId: string) {
  const client = harness.client({ url: server.url, userId, sectionId });
  return { client, scope: await client.authenticated };
}

/** A client that ignores being told to stop, writing on the section. */
async function hostile(server: Server, userId: string, sectionId: string) {
  const raw = await harness.raw({ url: server.url, userId, sectionId, ignoreClose: true });
  expect(raw.scope).toBe("read-write");
  return raw;
}

describe("archiving an initiative", () => {
  it("turns an open editor read-only at once; nothing written after it is stored, and restoring makes it writable again", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const server = await harness.start();
    const { client: writer, scope } = await open(server, owner.id, pressRelease.id);
    expect(scope).toBe("read-write");
    const vandal = await hostile(server, editor.id, pressRelease.id);
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
    expect(vandal.closedAt).toBeDefined();
    expect(vandal.closedAt! - archivedAt).toBeLessThan(500);
    await keepTyping(vandal, "Vandal", 500);
    typeParagraph(writer.doc, "Typed while archived");
    await waitFor(() => vandal.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    expect((await open(server, owner.id, pressRelease.id)).scope).toBe("readonly");

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
    const restored = await open(await harness.start(), owner.id, pressRelease.id);
    expect(restored.scope).toBe("read-write");
    typeParagraph(restored.client.doc, "Back at work");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Back at work"),
      "the restored section stored",
    );
  });

  it("turns an open read-only editor writable when it is restored", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    await archiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    const reader = await open(await harness.start(), owner.id, pressRelease.id);
    expect(reader.scope).toBe("readonly");
    await unarchiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    const { provider } = reader.client;
    await waitFor(
      () => provider.isAuthenticated && provider.authorizedScope === "read-write",
      "writable after the restore",
    );
  });
});

describe("deleting an initiative", () => {
  it("closes its open editors, which cannot connect again", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    const { client: writer, scope } = await open(await harness.start(), owner.id, pressRelease.id);
    expect(scope).toBe("read-write");
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
    const leaver = await hostile(server, editor.id, pressRelease.id);
    leaver.type("Before leaving");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("Before leaving"),
      "stored",
    );
    const result = await leaveWorkspace({ userId: editor.id, workspaceId: owner.workspaceId });
    // They own a workspace of their own (signed up): that is where they land.
    expect(result.next).toBe(`/w/${editor.workspaceId}`);
    expect(await getSectionAccess({ userId: editor.id, sectionId: pressRelease.id })).toBeNull();
    await keepTyping(leaver, "Gone", 500);
    await waitFor(() => leaver.ended, "the socket cut", CLOSE_GRACE_MS + 2_000);
    await harness.stop(server);
    expect(await storedText(pressRelease.id)).toContain("Before leaving");
    expect(await storedText(pressRelease.id)).not.toContain("Gone");
  });
});
