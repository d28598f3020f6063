/**
 * Managing an initiative (issue 10, item 5): renaming it and editing its
 * customer, archiving (read-only everywhere, out of the default list) and
 * restoring it, and deleting it with everything in it. The collab socket
 * side of archiving is in collab/manage.int.test.ts.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { serializeMention } from "@/lib/comments/mentions";
import {
  initiativeFor,
  member,
  ownerWithInitiative,
  refusal,
  requireApprovals,
  signUp,
  writeReady,
} from "@/test/support/factories";
import { renameInitiative } from "./rename-initiative";
import { archiveInitiative } from "./archive-initiative";
import { unarchiveInitiative } from "./unarchive-initiative";
import { deleteInitiative } from "./delete-initiative";
import { updateCustomer } from "./update-customer";
import { getInitiative } from "./get-initiative";
import { listInitiatives } from "./list-initiatives";
import { transitionSection } from "@/server/data/section/transition-section";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { requestReview } from "@/server/data/review/request-review";
import { decideReview } from "@/server/data/review/decide-review";
import { createThread } from "@/server/data/comment/create-thread";
import { addReply } from "@/server/data/comment/add-reply";
import { resolveThread } from "@/server/data/comment/resolve-thread";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { createShareLink } from "@/server/data/publication/create-share-link";
import { revokeShareLink } from "@/server/data/publication/revoke-share-link";
import { getSharedPublication } from "@/server/data/publication/get-shared-publication";
import { createFeedback } from "@/server/data/feedback/create-feedback";
import { createAsset } from "@/server/data/asset/create-asset";
import { nameVersion } from "@/server/data/version/name-version";
import { renameVersion } from "@/server/data/version/rename-version";
import { restoreVersion } from "@/server/data/version/restore-version";

// Nothing listens here: the freeze and invalidation calls fail fast (the socket side has its own test).
process.env.COLLAB_INTERNAL_URL = "http://127.0.0.1:9";

/** Two well-formed Yjs relative positions, base64 (as in the comment tests). */
const ANCHORS = { anchorStart: "AIiczdQMAgA=", anchorEnd: "AIiczdQMCEE=" };
const thread = (body: string) => ({ ...ANCHORS, quote: "refunds", body });
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);

const activities = (initiativeId: string | null, type: string) =>
  db().activity.findMany({ where: { initiativeId, type }, orderBy: { createdAt: "asc" } });

const deletions = (workspaceId: string) =>
  db().activity.findMany({ where: { workspaceId, type: "initiative.deleted" } });

describe("renaming an initiative and editing its customer", () => {
  it("renames it for owners and editors, recording the old and the new title", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    await renameInitiative({
      userId: editor.id,
      initiativeId: initiative.id,
      input: { title: "  Refunds in seconds " },
    });
    expect((await getInitiative({ userId: owner.id, initiativeId: initiative.id })).title).toBe(
      "Refunds in seconds",
    );
    const [renamed] = await activities(initiative.id, "initiative.renamed");
    expect(renamed).toMatchObject({
      actorId: editor.id,
      data: { from: "Instant refunds", to: "Refunds in seconds" },
    });
    // The same title again records nothing.
    await renameInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { title: "Refunds in seconds" },
    });
    expect(await activities(initiative.id, "initiative.renamed")).toHaveLength(1);
  });

  it("refuses a blank or overlong title (400 on title), reviewers (403), viewers and outsiders (404)", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const rename = (userId: string, title: unknown) =>
      refusal(renameInitiative({ userId, initiativeId: initiative.id, input: { title } }));
    expect(await rename(owner.id, "   ")).toMatchObject({
      status: 400,
      fields: { title: expect.any(String) },
    });
    expect(await rename(owner.id, "x".repeat(141))).toMatchObject({ status: 400 });
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Mallory Outsider");
    expect(await rename(reviewer.id, "Mine now")).toMatchObject({ status: 403 });
    expect(await rename(viewer.id, "Mine now")).toMatchObject({ status: 404 });
    expect(await rename(outsider.id, "Mine now")).toMatchObject({ status: 404 });
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).title).toBe(
      "Instant refunds",
    );
  });

  it("edits the customer, recorded as a customer update", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    await updateCustomer({
      userId: owner.id,
      initiativeId: initiative.id,
      input: { customer: "Shop owners with returns" },
    });
    const [updated] = await activities(initiative.id, "initiative.customerUpdated");
    expect(updated).toMatchObject({ actorId: owner.id, data: { fields: ["customer"] } });
  });
});

describe("archiving an initiative", () => {
  it("hides it from the list, makes it read-only everywhere (409 ARCHIVED), and restoring undoes both", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative(undefined, {
      ready: true,
    });
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    const { threadId } = await createThread({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: thread("Is this right?"),
    });

    const version = await db().sectionVersion.create({
      data: {
        sectionId: pressRelease.id,
        kind: "NAMED",
        ydoc: new Uint8Array([0, 0]),
        content: {},
      },
    });

    await archiveInitiative({ userId: editor.id, initiativeId: initiative.id });
    const list = await listInitiatives({ userId: owner.id, workspaceId: owner.workspaceId });
    expect(list.map((listed) => listed.id)).not.toContain(initiative.id);
    const archived = await getInitiative({ userId: owner.id, initiativeId: initiative.id });
    expect(archived.archived).toEqual({ at: expect.any(Date), by: "Eddie Editor" });
    expect(archived.sections.every((section) => !section.writable)).toBe(true);
    expect(
      (await getSectionAccess({ userId: owner.id, sectionId: pressRelease.id }))?.writable,
    ).toBe(false);
    expect(await activities(initiative.id, "initiative.archived")).toHaveLength(1);

    const before = await db().initiative.findUniqueOrThrow({
      where: { id: initiative.id },
      include: { sections: true },
    });
    const refusals = {
      complete: await refusal(
        transitionSection({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { action: "complete" },
        }),
      ),
      review: await refusal(
        requestReview({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { reviewerIds: [editor.id] },
        }),
      ),
      comment: await refusal(
        createThread({ userId: owner.id, sectionId: pressRelease.id, input: thread("Still?") }),
      ),
      reply: await refusal(addReply({ userId: owner.id, threadId, input: { body: "Yes." } })),
      resolve: await refusal(resolveThread({ userId: owner.id, threadId })),
      publish: await refusal(
        publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} }),
      ),
      customer: await refusal(
        updateCustomer({
          userId: owner.id,
          initiativeId: initiative.id,
          input: { customer: "Anyone" },
        }),
      ),
      rename: await refusal(
        renameInitiative({
          userId: owner.id,
          initiativeId: initiative.id,
          input: { title: "New" },
        }),
      ),
      nameVersion: await refusal(
        nameVersion({ userId: owner.id, sectionId: pressRelease.id, input: { name: "Tuesday" } }),
      ),
      renameVersion: await refusal(
        renameVersion({ userId: owner.id, versionId: version.id, input: { name: "Tuesday" } }),
      ),
      restoreVersion: await refusal(restoreVersion({ userId: owner.id, versionId: version.id })),
    };
    for (const refused of Object.values(refusals))
      expect(refused).toMatchObject({
        status: 409,
        code: "ARCHIVED",
        message: "This initiative is archived. Restore it to change it.",
      });
    // An upload asks whether the section is writable now: it is not.
    expect(
      await refusal(createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: PNG })),
    ).toMatchObject({ status: 403 });
    expect(
      await db().initiative.findUniqueOrThrow({
        where: { id: initiative.id },
        include: { sections: true },
      }),
    ).toEqual(before);

    // Archiving again changes nothing; restoring brings everything back.
    await archiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    expect(await activities(initiative.id, "initiative.archived")).toHaveLength(1);
    await unarchiveInitiative({ userId: editor.id, initiativeId: initiative.id });
    expect(await activities(initiative.id, "initiative.unarchived")).toHaveLength(1);
    const restored = await getInitiative({ userId: owner.id, initiativeId: initiative.id });
    expect(restored.archived).toBeNull();
    expect(
      (await listInitiatives({ userId: owner.id, workspaceId: owner.workspaceId })).map(
        (i) => i.id,
      ),
    ).toContain(initiative.id);
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
  });

  it("is for owners and editors: reviewers 403, viewers and outsiders 404", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Mallory Outsider");
    const archive = (userId: string) =>
      refusal(archiveInitiative({ userId, initiativeId: initiative.id }));
    expect(await archive(reviewer.id)).toMatchObject({ status: 403 });
    expect(await archive(viewer.id)).toMatchObject({ status: 404 });
    expect(await archive(outsider.id)).toMatchObject({ status: 404 });
    await archiveInitiative({ userId: owner.id, initiativeId: initiative.id });
    expect(
      await refusal(unarchiveInitiative({ userId: reviewer.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 403 });
    expect(
      await refusal(unarchiveInitiative({ userId: outsider.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 404 });
  });
});

/** How many rows of each table hang off the initiative (or point into it, for notifications). */
async function rowsOf(initiativeId: string, workspaceId: string) {
  const section = { section: { initiativeId } };
  const publication = { publication: { initiativeId } };
  return {
    initiatives: await db().initiative.count({ where: { id: initiativeId } }),
    sections: await db().section.count({ where: { initiativeId } }),
    versions: await db().sectionVersion.count({ where: section }),
    assets: await db().asset.count({ where: section }),
    reviews: await db().review.count({ where: section }),
    threads: await db().commentThread.count({ where: section }),
    comments: await db().comment.count({ where: { thread: section } }),
    mentions: await db().commentMention.count({ where: { comment: { thread: section } } }),
    publications: await db().publication.count({ where: { initiativeId } }),
    shareLinks: await db().shareLink.count({ where: { initiativeId } }),
    feedbackThreads: await db().feedbackThread.count({ where: publication }),
    feedbackMessages: await db().feedbackMessage.count({ where: { thread: publication } }),
    activities: await db().activity.count({ where: { initiativeId } }),
    notifications: await db().notification.count({
      where: {
        workspaceId,
        OR: [
          { url: { startsWith: `/w/${workspaceId}/i/${initiativeId}` } },
          { url: { startsWith: `/p/${initiativeId}` } },
        ],
      },
    }),
  };
}

/**
 * An initiative with a row in every table that hangs off it: a review, an
 * image, a thread with a reply and a mention, a version, a publication with
 * feedback, a share link, and the notifications all that sent.
 */
async function everything(owner: { id: string; workspaceId: string }, title: string) {
  const reviewer = await member(owner.workspaceId, "REVIEWER", `Rita ${title}`);
  const viewer = await member(owner.workspaceId, "VIEWER", `Vera ${title}`);
  const initiative = await initiativeFor(owner, title);
  const pressRelease = initiative.section("PRESS_RELEASE");
  await writeReady(pressRelease);
  await createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: PNG });
  const mention = serializeMention({ userId: reviewer.id, name: reviewer.name });
  const { threadId } = await createThread({
    userId: owner.id,
    sectionId: pressRelease.id,
    input: thread(`Over to you, ${mention}`),
  });
  await addReply({ userId: reviewer.id, threadId, input: { body: "Looks right." } });
  await requireApprovals(owner.workspaceId, 1);
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
  await transitionSection({
    userId: owner.id,
    sectionId: pressRelease.id,
    input: { action: "complete" },
  });
  await requireApprovals(owner.workspaceId, 0);
  await db().sectionVersion.create({
    data: {
      sectionId: pressRelease.id,
      kind: "COMPLETE",
      ydoc: new Uint8Array([0, 0]),
      content: { type: "doc", content: [] },
    },
  });
  const publication = await publishInitiative({
    userId: owner.id,
    initiativeId: initiative.id,
    input: {},
  });
  const link = await createShareLink({ userId: owner.id, initiativeId: initiative.id });
  await createFeedback({
    userId: viewer.id,
    publicationId: publication.id,
    input: { body: "Which countries?", stage: "PRESS_RELEASE", quote: "refunds" },
  });
  return { initiative, link };
}

describe("deleting an initiative", () => {
  it("removes everything of it in one go, leaves other initiatives alone, and its share link answers 404", async () => {
    const owner = await signUp("Olivia Owner");
    const doomed = await everything(owner, "Doomed refunds");
    const kept = await everything(owner, "Kept refunds");
    const before = await rowsOf(doomed.initiative.id, owner.workspaceId);
    const keptBefore = await rowsOf(kept.initiative.id, owner.workspaceId);
    // Every table has rows to delete, so the test would see one left behind.
    for (const [table, count] of Object.entries(before))
      expect(count, `${table} before`).toBeGreaterThan(0);
    expect(await getSharedPublication({ token: doomed.link.token })).toMatchObject({
      status: "ok",
    });

    await deleteInitiative({
      userId: owner.id,
      initiativeId: doomed.initiative.id,
      input: { confirmation: " Doomed refunds " },
    });

    const after = await rowsOf(doomed.initiative.id, owner.workspaceId);
    expect(Object.values(after).every((count) => count === 0)).toBe(true);
    expect(await rowsOf(kept.initiative.id, owner.workspaceId)).toEqual(keptBefore);
    // The share page answers 404 for an unknown link (components/publication/share-reader-page.tsx).
    expect(await getSharedPublication({ token: doomed.link.token })).toEqual({ status: "unknown" });
    const [deleted] = await deletions(owner.workspaceId);
    expect(deleted).toMatchObject({
      workspaceId: owner.workspaceId,
      actorId: owner.id,
      data: { title: "Doomed refunds", initiativeId: doomed.initiative.id },
    });
    // Its share link was revoked with everything else; a revoke now finds nothing.
    expect(
      await refusal(revokeShareLink({ userId: owner.id, initiativeId: doomed.initiative.id })),
    ).toMatchObject({ status: 404 });
  });

  it("is for owners only (editor 403, viewer and other workspaces 404) and needs the exact title", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    const viewer = await member(owner.workspaceId, "VIEWER");
    const stranger = await signUp("Other Owner");
    const del = (userId: string, confirmation: unknown = "Instant refunds") =>
      refusal(deleteInitiative({ userId, initiativeId: initiative.id, input: { confirmation } }));
    const before = await rowsOf(initiative.id, owner.workspaceId);
    expect(await del(editor.id)).toMatchObject({ status: 403 });
    expect(await del(viewer.id)).toMatchObject({ status: 404 });
    expect(await del(stranger.id)).toMatchObject({ status: 404 });
    expect(await del(owner.id, "instant refunds")).toMatchObject({
      status: 400,
      fields: { confirmation: expect.any(String) },
    });
    expect(await del(owner.id, "")).toMatchObject({ status: 400 });
    expect(await del(owner.id, 42)).toMatchObject({ status: 400 });
    expect(await rowsOf(initiative.id, owner.workspaceId)).toEqual(before);
    expect(await deletions(owner.workspaceId)).toHaveLength(0);
  });
});
