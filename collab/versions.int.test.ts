import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { freePort, redisAnswers, textOf, typeParagraph, waitFor } from "@/test/support/collab";
import { collabHarness, storedText } from "@/test/support/collab-harness";
import {
  member,
  ownerWithInitiative,
  refusal,
  requireApprovals,
  signUp,
  write,
} from "@/test/support/factories";
import { db } from "@/server/db";
import { snapshotOf } from "@/editor/document";

// The app reaches the collab server on COLLAB_PORT: fix it before anything reads the environment.
process.env.COLLAB_PORT = String(await freePort());

const { requestReview } = await import("@/server/data/review/request-review");
const { decideReview } = await import("@/server/data/review/decide-review");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { nameVersion } = await import("@/server/data/version/name-version");
const { renameVersion } = await import("@/server/data/version/rename-version");
const { restoreVersion } = await import("@/server/data/version/restore-version");
const { listVersions } = await import("@/server/data/version/list-versions");
const { getVersion } = await import("@/server/data/version/get-version");
const { postToCollab } = await import("@/server/collab/notify-collab");

const harness = collabHarness();

/** Completes a stage as its owner would. */
const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });

const versionsOf = (sectionId: string) =>
  db().sectionVersion.findMany({ where: { sectionId }, orderBy: { createdAt: "asc" } });

/** The stored Yjs state's text, decoded: the bytes agree with the JSON and text beside them. */
async function storedYdocText(sectionId: string) {
  const { ydoc } = await db().section.findUniqueOrThrow({ where: { id: sectionId } });
  const doc = new Y.Doc();
  if (ydoc) Y.applyUpdate(doc, ydoc);
  return snapshotOf(doc).text;
}

describe("versions are taken when a stage goes to review, completes, and while people edit", () => {
  it("keeps the stored text when the stage is sent to review and when it completes", async () => {
    const { owner, pressRelease, faq } = await ownerWithInitiative("Olivia Owner", { ready: true });
    await requireApprovals(owner.workspaceId, 1);
    const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
    const stored = await storedText(pressRelease.id);

    await requestReview({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { reviewerIds: [reviewer.id] },
    });
    await decideReview({
      userId: reviewer.id,
      sectionId: pressRelease.id,
      input: { decision: "approve" },
    });
    await complete(owner.id, pressRelease.id);

    const versions = await versionsOf(pressRelease.id);
    expect(versions.map((version) => version.kind)).toEqual(["REVIEW", "COMPLETE"]);
    for (const version of versions) {
      expect(version.text).toBe(stored);
      expect(version.createdById).toBe(owner.id);
      expect(version.ydoc.byteLength).toBeGreaterThan(0);
    }
    // The FAQ unlocked but was never opened: nothing to keep.
    expect(await versionsOf(faq.id)).toEqual([]);
  });

  it("keeps what was stored, with who wrote it, once the last version is older than the interval", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    const server = await harness.start({ persistence: { versionIntervalMs: 400 } });
    const sectionId = pressRelease.id;
    const first = await harness.opened({ url: server.url, userId: owner.id, sectionId });
    const second = await harness.opened({ url: server.url, userId: editor.id, sectionId });

    // A new section's first version comes an interval after it was created.
    await new Promise((resolve) => setTimeout(resolve, 450));
    typeParagraph(first.doc, "Refunds arrive before the parcel does");
    await waitFor(async () => (await versionsOf(pressRelease.id)).length === 1, "a first version");
    const [version] = await versionsOf(pressRelease.id);
    expect(version?.kind).toBe("AUTO");
    expect(version?.text).toContain("Refunds arrive before the parcel does");
    expect(version?.authorIds).toEqual([owner.id]);

    // Within the interval: stored, but not kept again.
    typeParagraph(second.doc, "Typed straight after");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("straight after"),
      "store",
    );
    expect(await versionsOf(pressRelease.id)).toHaveLength(1);

    // Past it: the next store is kept, with everyone who wrote since.
    await new Promise((resolve) => setTimeout(resolve, 450));
    typeParagraph(first.doc, "And later still");
    await waitFor(async () => (await versionsOf(pressRelease.id)).length === 2, "a second version");
    const latest = (await versionsOf(pressRelease.id))[1];
    expect(latest?.text).toContain("And later still");
    expect(new Set(latest?.authorIds)).toEqual(new Set([owner.id, editor.id]));
    expect(server.persistence?.versions.taken).toBe(2);
  });
});

describe("naming a version", () => {
  it("holds the text an open editor has just typed, not what the last debounced store had", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const sectionId = pressRelease.id;
    // Debounced for longer than the test: only the store the name asks for can save the edit.
    const server = await harness.start({ debounceMs: 30_000, maxDebounceMs: 60_000 });
    const author = await harness.opened({ url: server.url, userId: owner.id, sectionId });
    typeParagraph(author.doc, "Draft for Tuesday's meeting");
    await waitFor(() => !author.provider.hasUnsyncedChanges, "the server to have the edit");
    expect(await storedText(pressRelease.id)).not.toContain("Tuesday's meeting");

    const { versionId } = await nameVersion({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { name: "  Draft for Tuesday " },
    });
    const version = await db().sectionVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version).toMatchObject({
      kind: "NAMED",
      name: "Draft for Tuesday",
      createdById: owner.id,
    });
    expect(version.text).toContain("Draft for Tuesday's meeting");
    expect(version.authorIds).toEqual([owner.id]);

    await renameVersion({ userId: owner.id, versionId, input: { name: "Tuesday, final" } });
    const list = await listVersions({ userId: owner.id, sectionId: pressRelease.id });
    expect(list.versions.map((entry) => entry.name)).toEqual(["Tuesday, final"]);
    expect(list.versions[0]?.authorNames).toEqual(["Olivia Owner"]);
    const activity = await db().activity.findMany({
      where: { initiativeId: pressRelease.initiativeId, type: "version.named" },
    });
    expect(activity).toHaveLength(2);
  });

  it("refuses an empty or overlong name with 400 on the name, and a section never opened with 409", async () => {
    const { owner, faq, pressRelease } = await ownerWithInitiative();
    for (const name of ["", "   ", "x".repeat(81), 42]) {
      const refused = await refusal(
        nameVersion({ userId: owner.id, sectionId: pressRelease.id, input: { name } }),
      );
      expect(refused.status).toBe(400);
      expect(refused.fields).toHaveProperty("name");
    }
    // Nothing ever written there (no Yjs state), and no collab server to open it.
    await db().section.update({ where: { id: faq.id }, data: { state: "DRAFTING" } });
    const refused = await refusal(
      nameVersion({ userId: owner.id, sectionId: faq.id, input: { name: "Empty" } }),
    );
    expect(refused).toMatchObject({ status: 409, code: "NOTHING_WRITTEN" });
    expect(await db().sectionVersion.count({ where: { sectionId: faq.id } })).toBe(0);
  });
});

describe("restoring a version", () => {
  it("converges two open editors on the restored text, stores it, and keeps what it replaced", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    await write(pressRelease.id, "Refunds in one tap.\nNo forms, no waiting.");
    const { versionId } = await nameVersion({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { name: "Short and sweet" },
    });
    const server = await harness.start();
    const sectionId = pressRelease.id;
    const first = await harness.opened({ url: server.url, userId: owner.id, sectionId });
    const second = await harness.opened({ url: server.url, userId: editor.id, sectionId });
    const clients = [first, second];
    expect(textOf(second.doc)).toContain("one tap");
    typeParagraph(first.doc, "A long paragraph about the warehouse nobody asked for.");
    await waitFor(() => textOf(second.doc).includes("warehouse"), "the other editor");
    await waitFor(async () => (await storedText(pressRelease.id)).includes("warehouse"), "stored");

    await restoreVersion({ userId: editor.id, versionId });

    const restored = "Refunds in one tap.\n\nNo forms, no waiting.";
    for (const client of clients)
      await waitFor(
        () => textOf(client.doc) === restored,
        "every open editor on the restored text",
      );
    expect(await storedText(pressRelease.id)).toBe(restored);
    expect(await storedYdocText(pressRelease.id)).toBe(restored);
    const { content } = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect(JSON.stringify(content)).not.toContain("warehouse");

    const versions = await versionsOf(pressRelease.id);
    const before = versions.find((version) => version.kind === "BEFORE_RESTORE");
    const after = versions.find((version) => version.kind === "RESTORED");
    expect(before?.text).toContain("warehouse");
    expect(before?.restoredFromId).toBe(versionId);
    expect(before?.createdById).toBe(editor.id);
    expect(after?.text).toBe(restored);
    expect(after?.restoredFromId).toBe(versionId);
    expect(after && before && after.createdAt > before.createdAt).toBe(true);
    const listed = await listVersions({ userId: owner.id, sectionId: pressRelease.id });
    expect(listed.versions.map((version) => version.kind)).toEqual([
      "RESTORED",
      "BEFORE_RESTORE",
      "NAMED",
    ]);
    expect(listed.versions[0]?.restoredFromTitle).toBe("Short and sweet");
    const activity = await db().activity.findFirst({
      where: { initiativeId: pressRelease.initiativeId, type: "version.restored" },
    });
    expect(activity).toMatchObject({ actorId: editor.id });

    // Both editors go on writing on the restored text, and it is stored.
    typeParagraph(second.doc, "Written after the restore");
    await waitFor(() => textOf(first.doc).includes("after the restore"), "the first editor");
    await waitFor(
      async () => (await storedText(pressRelease.id)).includes("after the restore"),
      "stored after the restore",
    );

    // The diff against the current text shows what changed since the version.
    const detail = await getVersion({ userId: owner.id, versionId });
    expect(detail.changes).toBe(1);
    expect(detail.diff.at(-1)).toMatchObject({ kind: "added" });
  });

  it("is refused with 409 on a completed stage, by the app and by the collab server, changing nothing", async () => {
    const { owner, pressRelease } = await ownerWithInitiative("Olivia Owner", { ready: true });
    const { versionId } = await nameVersion({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { name: "Ready" },
    });
    await complete(owner.id, pressRelease.id);
    const server = await harness.start();
    const reader = await harness.opened(
      { url: server.url, userId: owner.id, sectionId: pressRelease.id },
      "readonly",
    );
    const before = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    const count = await db().sectionVersion.count();

    const refused = await refusal(restoreVersion({ userId: owner.id, versionId }));
    expect(refused).toMatchObject({ status: 409, code: "STAGE_NOT_WRITABLE" });
    expect(refused.message).toBe("Reopen the stage to restore an earlier version.");
    // Asked directly, past the app's check, the collab server refuses too.
    const response = await postToCollab("restore", {
      documentName: `section.${pressRelease.id}`,
      versionId,
      userId: owner.id,
    });
    expect(response?.status).toBe(409);

    const after = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect(after.text).toBe(before.text);
    expect(Buffer.from(after.ydoc ?? []).equals(Buffer.from(before.ydoc ?? []))).toBe(true);
    expect(await db().sectionVersion.count()).toBe(count);
    expect(reader.closes).toEqual([]);
  });
});

const redisUp = await redisAnswers();

describe.skipIf(!redisUp)("restoring with collab servers sharing Redis (127.0.0.1:6379)", () => {
  it("reaches an editor connected to another server", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    await write(pressRelease.id, "Refunds in one tap.");
    const { versionId } = await nameVersion({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { name: "One tap" },
    });
    // The app reaches the first (on COLLAB_PORT); the editor is on the second.
    const redisUrl = "redis://127.0.0.1:6379";
    const one = await harness.start({ redisUrl });
    const two = await harness.start({ redisUrl, port: 0 });
    const sectionId = pressRelease.id;
    const near = await harness.opened({ url: one.url, userId: owner.id, sectionId });
    const far = await harness.opened({ url: two.url, userId: editor.id, sectionId });
    typeParagraph(far.doc, "Typed on the other server");
    await waitFor(() => textOf(near.doc).includes("other server"), "relayed through Redis");
    await waitFor(async () => (await storedText(sectionId)).includes("other server"), "stored");

    await restoreVersion({ userId: owner.id, versionId });
    for (const client of [near, far])
      await waitFor(() => textOf(client.doc) === "Refunds in one tap.", "both servers' editors");
    expect(await storedText(sectionId)).toBe("Refunds in one tap.");
  });
});

describe("who may see, name and restore versions", () => {
  it("reviewers read but may not name or restore (403); viewers and other workspaces get 404", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    await write(pressRelease.id, "Refunds in one tap.");
    const { versionId } = await nameVersion({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { name: "First" },
    });
    const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
    const viewer = await member(owner.workspaceId, "VIEWER", "Vera Viewer");
    const outsider = await signUp("Mallory Outsider");
    const count = await db().sectionVersion.count();

    const list = await listVersions({ userId: reviewer.id, sectionId: pressRelease.id });
    expect(list).toMatchObject({ canEdit: false, canRestore: false });
    expect((await getVersion({ userId: reviewer.id, versionId })).version.name).toBe("First");
    const name = { name: "Mine" };
    const sectionId = pressRelease.id;
    expect(
      await refusal(nameVersion({ userId: reviewer.id, sectionId, input: name })),
    ).toMatchObject({ status: 403 });
    expect(
      await refusal(renameVersion({ userId: reviewer.id, versionId, input: name })),
    ).toMatchObject({ status: 403 });
    expect(await refusal(restoreVersion({ userId: reviewer.id, versionId }))).toMatchObject({
      status: 403,
    });

    for (const stranger of [viewer, outsider]) {
      const userId = stranger.id;
      for (const call of [
        () => listVersions({ userId, sectionId }),
        () => getVersion({ userId, versionId }),
        () => nameVersion({ userId, sectionId, input: name }),
        () => renameVersion({ userId, versionId, input: name }),
        () => restoreVersion({ userId, versionId }),
      ])
        expect(await refusal(call())).toMatchObject({ status: 404 });
    }
    expect(await db().sectionVersion.count()).toBe(count);
    expect((await db().sectionVersion.findUniqueOrThrow({ where: { id: versionId } })).name).toBe(
      "First",
    );
  });
});
