import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { transitionSection } from "@/server/data/section/transition-section";
import { member, ownerWithInitiative, refusal, snapshot } from "@/test/support/factories";
import { publishInitiative } from "./publish-initiative";
import { getPublication } from "./get-publication";
import { getSharedPublication } from "./get-shared-publication";
import { createShareLink } from "./create-share-link";
import { revokeShareLink } from "./revoke-share-link";
import { listPublishedDocuments } from "./list-published-documents";

async function completedPressRelease() {
  const setup = await ownerWithInitiative("Olivia Owner", { ready: true });
  await transitionSection({
    userId: setup.owner.id,
    sectionId: setup.pressRelease.id,
    input: { action: "complete" },
  });
  return setup;
}

describe("publishing", () => {
  it("refuses before the press release is complete, with 409, and writes nothing", async () => {
    const { owner, initiative } = await ownerWithInitiative("Olivia Owner", { ready: true });
    const before = await snapshot();
    const refused = await refusal(
      publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} }),
    );
    expect(refused).toMatchObject({ status: 409, code: "NOT_PUBLISHABLE" });
    expect(await snapshot()).toEqual(before);
  });

  it("snapshots the complete stages only; republishing makes version 2; the snapshot never changes", async () => {
    const { owner, initiative } = await completedPressRelease();
    const first = await publishInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { note: "  For the Tuesday review " },
    });
    expect(first.version).toBe(1);
    const read = await getPublication({ userId: owner.id, initiativeId: initiative.id });
    expect(read.note).toBe("For the Tuesday review");
    expect(read.snapshot.stages.map((stage) => stage.stage)).toEqual(["PRESS_RELEASE"]);
    expect(read.description.length).toBeGreaterThan(10);

    const second = await publishInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: {},
    });
    expect(second.version).toBe(2);
    const latest = await getPublication({ userId: owner.id, initiativeId: initiative.id });
    expect(latest).toMatchObject({ version: 2, latest: true });
    expect(latest.versions.map((version) => version.version)).toEqual([2, 1]);
    const old = await getPublication({
      userId: owner.id,
      initiativeId: initiative.id,
      version: "1",
    });
    expect(old).toMatchObject({ version: 1, latest: false });

    // The database itself refuses to change what was published.
    await expect(
      db().publication.update({ where: { id: first.id }, data: { title: "Changed" } }),
    ).rejects.toThrow();
  });

  it("gives two concurrent publishes distinct versions", async () => {
    const { owner, initiative } = await completedPressRelease();
    const both = await Promise.all([
      publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} }),
      publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} }),
    ]);
    expect(both.map((publication) => publication.version).sort()).toEqual([1, 2]);
  });

  it("lets owners and editors publish; reviewers get 403, viewers and outsiders 404", async () => {
    const { owner, initiative } = await completedPressRelease();
    const editor = await member(owner.workspaceId, "EDITOR");
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await ownerWithInitiative("Oscar Outsider");
    const publish = (userId: string) =>
      publishInitiative({ userId, initiativeId: initiative.id, input: {} });
    expect((await publish(editor.id)).version).toBe(1);
    expect(await refusal(publish(reviewer.id))).toMatchObject({ status: 403 });
    expect(await refusal(publish(viewer.id))).toMatchObject({ status: 404 });
    expect(await refusal(publish(outsider.owner.id))).toMatchObject({ status: 404 });
    expect(
      await refusal(
        publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: { note: 5 } }),
      ),
    ).toMatchObject({ status: 400, fields: { note: expect.any(String) } });
  });

  it("lets every member read it, viewers included, and nobody outside", async () => {
    const { owner, initiative } = await completedPressRelease();
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await ownerWithInitiative("Oscar Outsider");
    expect(
      await refusal(getPublication({ userId: viewer.id, initiativeId: initiative.id })),
    ).toMatchObject({
      status: 404,
    });
    await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
    const read = await getPublication({ userId: viewer.id, initiativeId: initiative.id });
    expect(read.title).toBe(initiative.title);
    expect(
      await refusal(getPublication({ userId: outsider.owner.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 404 });
    const listed = await listPublishedDocuments({
      userId: viewer.id,
      workspaceId: owner.workspaceId,
    });
    expect(listed.map((document) => document.initiativeId)).toEqual([initiative.id]);
  });
});

describe("share links", () => {
  it("reads the latest publication; a new link revokes the old; revoke says revoked", async () => {
    const { owner, initiative } = await completedPressRelease();
    expect(
      await refusal(createShareLink({ userId: owner.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 409, code: "NOT_PUBLISHED" });
    await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
    const first = await createShareLink({ userId: owner.id, initiativeId: initiative.id });
    expect(await getSharedPublication({ token: first.token })).toMatchObject({
      status: "ok",
      publication: { version: 1 },
    });
    const second = await createShareLink({ userId: owner.id, initiativeId: initiative.id });
    expect(await getSharedPublication({ token: first.token })).toEqual({ status: "revoked" });
    expect((await getSharedPublication({ token: second.token })).status).toBe("ok");
    expect(await revokeShareLink({ userId: owner.id, initiativeId: initiative.id })).toEqual({
      revoked: true,
    });
    expect(await getSharedPublication({ token: second.token })).toEqual({ status: "revoked" });
    expect(await getSharedPublication({ token: "x".repeat(32) })).toEqual({ status: "unknown" });
    expect(await getSharedPublication({ token: "../../etc" })).toEqual({ status: "unknown" });
  });

  it("shows the latest version only, without the versions list or the publisher's note", async () => {
    const { owner, initiative } = await completedPressRelease();
    await publishInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { note: "Internal: before legal review" },
    });
    const link = await createShareLink({ userId: owner.id, initiativeId: initiative.id });
    await publishInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { note: "Internal: after legal review" },
    });
    const shared = await getSharedPublication({ token: link.token });
    expect(shared).toMatchObject({
      status: "ok",
      publication: { version: 2, note: "", versions: [] },
    });
    expect(await getSharedPublication({ token: link.token, version: "1" })).toEqual({
      status: "unknown",
    });
    expect((await getSharedPublication({ token: link.token, version: "2" })).status).toBe("ok");
  });

  it("is for owners only: editors get 403, viewers and outsiders 404", async () => {
    const { owner, initiative } = await completedPressRelease();
    await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
    const editor = await member(owner.workspaceId, "EDITOR");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await ownerWithInitiative("Oscar Outsider");
    const share = (userId: string) => createShareLink({ userId, initiativeId: initiative.id });
    expect(await refusal(share(editor.id))).toMatchObject({ status: 403 });
    expect(await refusal(share(viewer.id))).toMatchObject({ status: 403 });
    expect(await refusal(share(outsider.owner.id))).toMatchObject({ status: 404 });
    expect(
      await refusal(revokeShareLink({ userId: editor.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 403 });
  });
});
