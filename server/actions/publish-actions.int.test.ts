/**
 * The document view's server actions as the browser calls them: publish,
 * create and revoke the share link. Refusals come back as ActionResults
 * with the API's status and write nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";

vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
// revalidatePath needs Next's render store; what it would invalidate is not under test.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/server/db");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { member, ownerWithInitiative, snapshot } = await import("@/test/support/factories");
const { publishInitiativeAction } = await import("./publish-initiative");
const { createShareLinkAction } = await import("./create-share-link");
const { revokeShareLinkAction } = await import("./revoke-share-link");

/** An owner's initiative with the press release complete (by an editor), so it can be published. */
async function publishable() {
  const setup = await ownerWithInitiative("Olivia Owner", { ready: true });
  const editor = await member(setup.owner.workspaceId, "EDITOR", "Eddie Editor");
  await transitionSection({
    userId: editor.id,
    sectionId: setup.pressRelease.id,
    input: { action: "complete" },
  });
  return { ...setup, editor };
}

beforeEach(() => {
  session.user = undefined;
});

describe("publishing from the document view", () => {
  it("publishes with the note from the form and tells the people who worked on it", async () => {
    const { owner, editor, initiative } = await publishable();
    session.user = owner;
    const form = new FormData();
    form.set("note", "For the Tuesday review");
    expect(await publishInitiativeAction(form, initiative.id)).toEqual({
      ok: true,
      data: { version: 1 },
    });
    expect(await publishInitiativeAction({}, initiative.id)).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const notes = await db().notification.findMany({
      where: { type: "publication.published" },
      orderBy: { createdAt: "asc" },
    });
    // The editor completed the press release; the owner published and is not told.
    expect(notes.map((note) => [note.userId, note.url, note.data])).toEqual([
      [
        editor.id,
        `/p/${initiative.id}/v/1`,
        { initiative: "Instant refunds", stage: "Version 1", excerpt: "For the Tuesday review" },
      ],
      [editor.id, `/p/${initiative.id}/v/2`, { initiative: "Instant refunds", stage: "Version 2" }],
    ]);
  });

  it("refuses a reviewer with 403, a viewer with 404, a long note with 400; nothing written", async () => {
    const { owner, initiative } = await publishable();
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const before = await snapshot();

    session.user = reviewer;
    expect(await publishInitiativeAction({}, initiative.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    session.user = viewer;
    expect(await publishInitiativeAction({}, initiative.id)).toMatchObject({
      ok: false,
      status: 404,
    });
    session.user = owner;
    expect(await publishInitiativeAction({ note: "x".repeat(281) }, initiative.id)).toMatchObject({
      ok: false,
      status: 400,
      fields: { note: expect.any(String) },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the share link from the document view", () => {
  it("lets the owner create, replace and revoke it", async () => {
    const { owner, initiative } = await publishable();
    session.user = owner;
    await publishInitiativeAction({}, initiative.id);
    const first = await createShareLinkAction({}, initiative.id);
    expect(first).toMatchObject({ ok: true, data: { path: expect.stringMatching(/^\/s\/.+/) } });
    const second = await createShareLinkAction({}, initiative.id);
    expect(second.ok && first.ok && second.data.path !== first.data.path).toBe(true);
    expect(
      await db().shareLink.count({ where: { initiativeId: initiative.id, revokedAt: null } }),
    ).toBe(1);
    expect(await revokeShareLinkAction({}, initiative.id)).toEqual({
      ok: true,
      data: { revoked: true },
    });
    expect(
      await db().shareLink.count({ where: { initiativeId: initiative.id, revokedAt: null } }),
    ).toBe(0);
  });

  it("refuses an editor with 403 and writes nothing", async () => {
    const { owner, editor, initiative } = await publishable();
    session.user = owner;
    await publishInitiativeAction({}, initiative.id);
    await createShareLinkAction({}, initiative.id);
    const before = await snapshot();
    session.user = editor;
    expect(await createShareLinkAction({}, initiative.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await revokeShareLinkAction({}, initiative.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("answers 409 before anything is published", async () => {
    const { owner, initiative } = await publishable();
    session.user = owner;
    expect(await createShareLinkAction({}, initiative.id)).toMatchObject({
      ok: false,
      status: 409,
      code: "NOT_PUBLISHED",
    });
  });
});
