import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/server/db";
import { createThread } from "./create-thread";
import { addReply } from "./add-reply";
import { editComment } from "./edit-comment";
import { deleteComment } from "./delete-comment";
import { resolveThread } from "./resolve-thread";
import { reopenThread } from "./reopen-thread";
import { listThreads } from "./list-threads";
import { liveHub, type LiveMessage } from "@/server/live/live-hub";
import { sectionTopic } from "@/lib/live-events";
import { toBase64 } from "@/lib/comments/anchor-bytes";
import { serializeMention } from "@/lib/comments/mentions";
import { LIMITS } from "@/lib/schemas/limits";
import type { Role } from "@/lib/roles";
import { member, ownerWithInitiative, refusal, signUp, snapshot } from "@/test/support/factories";

afterAll(() => liveHub().stop());

/** A passage's two ends, as a browser would send them (base64 Yjs relative positions). */
function anchors() {
  const doc = new Y.Doc();
  const text = doc.getXmlFragment("default").doc!.getText("t");
  text.insert(0, "Refunds reach the card before you leave the store.");
  const at = (index: number, assoc: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc)));
  return { anchorStart: at(8, 0), anchorEnd: at(22, -1) };
}

const thread = (body = "Is this true for gift cards?") => ({
  ...anchors(),
  quote: "reach the card",
  body,
});

/** An initiative with one person of each role, and someone from outside. */
async function team() {
  const { owner, initiative, pressRelease, faq } = await ownerWithInitiative();
  const people = {
    OWNER: owner,
    EDITOR: await member(owner.workspaceId, "EDITOR", "Eddie Editor"),
    REVIEWER: await member(owner.workspaceId, "REVIEWER", "Rita Reviewer"),
    VIEWER: await member(owner.workspaceId, "VIEWER", "Vic Viewer"),
  } satisfies Record<Role, unknown>;
  const outsider = await signUp("Oscar Outsider");
  return { ...people, outsider, initiative, pressRelease, faq, workspaceId: owner.workspaceId };
}

const mention = (person: { id: string; name: string }) =>
  serializeMention({ userId: person.id, name: person.name });

const notificationsOf = (userId: string) =>
  db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("comment threads by role", () => {
  it.each(["OWNER", "EDITOR", "REVIEWER"] as const)(
    "%s comments, replies, edits, resolves, reopens and deletes, on a drafting stage",
    async (role) => {
      const people = await team();
      const person = people[role];
      const { threadId, commentId } = await createThread({
        userId: person.id,
        sectionId: people.pressRelease.id,
        input: thread(),
      });
      const reply = await addReply({ userId: person.id, threadId, input: { body: "Also: cash?" } });
      await editComment({ userId: person.id, commentId, input: { body: "Gift cards too?" } });
      await resolveThread({ userId: person.id, threadId });
      let listed = (await listThreads({ userId: person.id, sectionId: people.pressRelease.id }))
        .threads;
      expect(listed).toMatchObject([
        {
          id: threadId,
          quote: "reach the card",
          author: { id: person.id },
          resolvedBy: { id: person.id },
          comments: [
            { id: commentId, body: "Gift cards too?", editedAt: expect.any(String) },
            { id: reply.commentId, body: "Also: cash?", editedAt: null, deleted: false },
          ],
        },
      ]);
      expect(listed[0]?.resolvedAt).toEqual(expect.any(String));
      await reopenThread({ userId: person.id, threadId });
      await deleteComment({ userId: person.id, commentId: reply.commentId });
      listed = (await listThreads({ userId: person.id, sectionId: people.pressRelease.id }))
        .threads;
      expect(listed).toMatchObject([{ resolvedAt: null, comments: [{ id: commentId }] }]);
      const activity = await db().activity.findMany({
        where: { initiativeId: people.initiative.id, type: { startsWith: "comment" } },
      });
      expect(activity.map((entry) => [entry.type, entry.actorId])).toEqual([
        ["comment.created", person.id],
        ["comment.created", person.id],
      ]);
    },
  );

  it.each([
    ["a locked stage", "LOCKED"],
    ["a completed stage", "COMPLETE"],
    ["a stage in review", "IN_REVIEW"],
  ] as const)("a reviewer comments on %s, which nobody can edit", async (_, state) => {
    const people = await team();
    const section = state === "LOCKED" ? people.faq : people.pressRelease;
    await db().section.update({ where: { id: section.id }, data: { state } });
    const { threadId } = await createThread({
      userId: people.REVIEWER.id,
      sectionId: section.id,
      input: thread(),
    });
    await addReply({ userId: people.OWNER.id, threadId, input: { body: "Yes." } });
    await resolveThread({ userId: people.OWNER.id, threadId });
    expect(
      (await listThreads({ userId: people.EDITOR.id, sectionId: section.id })).threads,
    ).toHaveLength(1);
  });

  it("refuses viewers and outsiders every action, as if the section did not exist, changing nothing", async () => {
    const people = await team();
    const { threadId, commentId } = await createThread({
      userId: people.OWNER.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    const before = await snapshot();
    for (const userId of [people.VIEWER.id, people.outsider.id]) {
      const attempts = [
        () => createThread({ userId, sectionId: people.pressRelease.id, input: thread() }),
        () => addReply({ userId, threadId, input: { body: "Let me in" } }),
        () => editComment({ userId, commentId, input: { body: "Mine now" } }),
        () => deleteComment({ userId, commentId }),
        () => resolveThread({ userId, threadId }),
        () => reopenThread({ userId, threadId }),
        () => listThreads({ userId, sectionId: people.pressRelease.id }),
      ];
      for (const attempt of attempts)
        expect(await refusal(attempt())).toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets only a comment's author edit or delete it", async () => {
    const people = await team();
    const { threadId, commentId } = await createThread({
      userId: people.REVIEWER.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    const before = await snapshot();
    for (const userId of [people.OWNER.id, people.EDITOR.id]) {
      expect(
        await refusal(editComment({ userId, commentId, input: { body: "Reworded for you" } })),
      ).toMatchObject({ status: 403 });
      expect(await refusal(deleteComment({ userId, commentId }))).toMatchObject({ status: 403 });
    }
    expect(await snapshot()).toEqual(before);
    // Anyone who may comment may resolve it, though.
    await resolveThread({ userId: people.EDITOR.id, threadId });
    expect(await refusal(resolveThread({ userId: people.OWNER.id, threadId }))).toMatchObject({
      status: 409,
      code: "ALREADY_RESOLVED",
    });
  });

  it("answers unknown and malformed ids with 404", async () => {
    const people = await team();
    const userId = people.OWNER.id;
    for (const id of ["c000000000000000000000000", "nope", ""]) {
      for (const attempt of [
        () => createThread({ userId, sectionId: id, input: thread() }),
        () => addReply({ userId, threadId: id, input: { body: "Hello" } }),
        () => editComment({ userId, commentId: id, input: { body: "Hello" } }),
        () => deleteComment({ userId, commentId: id }),
        () => resolveThread({ userId, threadId: id }),
        () => reopenThread({ userId, threadId: id }),
        () => listThreads({ userId, sectionId: id }),
      ])
        expect(await refusal(attempt())).toMatchObject({ status: 404 });
    }
  });
});

describe("what a thread is given", () => {
  it.each([
    ["anchorStart", { anchorStart: "not base64!" }],
    ["anchorStart", { anchorStart: toBase64(new Uint8Array([7, 7, 7])) }],
    ["anchorEnd", { anchorEnd: toBase64(new Uint8Array(300).fill(1)) }],
    ["anchorEnd", { anchorEnd: "" }],
    ["anchorEnd", { anchorEnd: 42 }],
    ["quote", { quote: "x".repeat(LIMITS.quoteMax + 1) }],
    ["quote", { quote: "  " }],
    ["body", { body: "" }],
    ["body", { body: "   " }],
    ["body", { body: "a\u0000b" }],
    ["body", { body: "x".repeat(LIMITS.commentMax + 1) }],
  ])("is refused with 400 on %s when it is bad (%j)", async (field, change) => {
    const people = await team();
    const before = await snapshot();
    expect(
      await refusal(
        createThread({
          userId: people.OWNER.id,
          sectionId: people.pressRelease.id,
          input: { ...thread(), ...change },
        }),
      ),
    ).toMatchObject({ status: 400, fields: { [field]: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("mentions and notifications", () => {
  it("notifies the people mentioned, with the link to the thread, and refuses viewers and outsiders", async () => {
    const people = await team();
    const sectionId = people.pressRelease.id;
    for (const person of [people.VIEWER, people.outsider]) {
      const before = await snapshot();
      expect(
        await refusal(
          createThread({
            userId: people.OWNER.id,
            sectionId,
            input: thread(`What do you think, ${mention(person)}?`),
          }),
        ),
      ).toMatchObject({
        status: 400,
        fields: { body: expect.stringContaining(`${person.name} can't be mentioned`) },
      });
      expect(await snapshot()).toEqual(before);
    }

    const { threadId, commentId } = await createThread({
      userId: people.OWNER.id,
      sectionId,
      input: thread(`${mention(people.REVIEWER)} and ${mention(people.OWNER)}: is this right?`),
    });
    const [notification] = await notificationsOf(people.REVIEWER.id);
    expect(notification).toMatchObject({
      type: "comment.mentioned",
      actorId: people.OWNER.id,
      url: `/w/${people.workspaceId}/i/${people.initiative.id}/press-release?thread=${threadId}`,
      data: {
        initiative: people.initiative.title,
        stage: "Press release",
        excerpt: "@Rita Reviewer and @Olivia Owner: is this right?",
      },
    });
    // Nobody is told of their own mention.
    expect(await notificationsOf(people.OWNER.id)).toEqual([]);
    const listed = async (userId: string) =>
      (await listThreads({ userId, sectionId })).threads[0]?.mentionsMe;
    expect(await listed(people.REVIEWER.id)).toBe(true);
    expect(await listed(people.EDITOR.id)).toBe(false);

    // An edit tells only the people it mentions for the first time.
    await editComment({
      userId: people.OWNER.id,
      commentId,
      input: { body: `${mention(people.REVIEWER)}, ${mention(people.EDITOR)}: right?` },
    });
    expect(await notificationsOf(people.REVIEWER.id)).toHaveLength(1);
    expect(await notificationsOf(people.EDITOR.id)).toMatchObject([{ type: "comment.mentioned" }]);
    expect(await db().commentMention.findMany({ where: { commentId } })).toHaveLength(2);
  });

  it("tells everyone who wrote in the thread of a reply, except the replier and those it mentions", async () => {
    const people = await team();
    const { threadId } = await createThread({
      userId: people.OWNER.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    await addReply({ userId: people.REVIEWER.id, threadId, input: { body: "Good question." } });
    const demoted = await member(people.workspaceId, "REVIEWER", "Dee Demoted");
    await addReply({ userId: demoted.id, threadId, input: { body: "Me too." } });
    await db().membership.updateMany({
      where: { userId: demoted.id, workspaceId: people.workspaceId },
      data: { role: "VIEWER" },
    });
    await db().notification.deleteMany({});

    await addReply({
      userId: people.EDITOR.id,
      threadId,
      input: { body: `Yes, ${mention(people.REVIEWER)}: gift cards too.` },
    });
    expect(await notificationsOf(people.OWNER.id)).toMatchObject([
      { type: "comment.replied", actorId: people.EDITOR.id },
    ]);
    expect(await notificationsOf(people.REVIEWER.id)).toMatchObject([
      { type: "comment.mentioned" },
    ]);
    expect(await notificationsOf(people.EDITOR.id)).toEqual([]);
    // A viewer now: the thread is no longer theirs to read.
    expect(await notificationsOf(demoted.id)).toEqual([]);
  });
});

describe("deleting comments", () => {
  it("removes a thread whose only comment is deleted", async () => {
    const people = await team();
    const { threadId, commentId } = await createThread({
      userId: people.EDITOR.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    expect(await deleteComment({ userId: people.EDITOR.id, commentId })).toMatchObject({
      threadDeleted: true,
    });
    expect(await db().commentThread.findUnique({ where: { id: threadId } })).toBeNull();
  });

  it("keeps a tombstone for a comment with replies, until nothing is left to read", async () => {
    const people = await team();
    const { threadId, commentId } = await createThread({
      userId: people.EDITOR.id,
      sectionId: people.pressRelease.id,
      input: thread(`Ask ${mention(people.REVIEWER)}`),
    });
    const reply = await addReply({ userId: people.OWNER.id, threadId, input: { body: "Sure." } });
    await deleteComment({ userId: people.EDITOR.id, commentId });
    expect(
      (await listThreads({ userId: people.OWNER.id, sectionId: people.pressRelease.id })).threads,
    ).toMatchObject([
      {
        id: threadId,
        mentionsMe: false,
        comments: [
          { id: commentId, body: "", deleted: true },
          { id: reply.commentId, body: "Sure." },
        ],
      },
    ]);
    expect(await db().commentMention.findMany({ where: { commentId } })).toEqual([]);
    // A deleted comment is gone for its author too.
    expect(
      await refusal(editComment({ userId: people.EDITOR.id, commentId, input: { body: "Back" } })),
    ).toMatchObject({ status: 404 });
    await deleteComment({ userId: people.OWNER.id, commentId: reply.commentId });
    expect(await db().commentThread.findUnique({ where: { id: threadId } })).toBeNull();
  });
});

describe("replying to a resolved thread", () => {
  it("reopens it", async () => {
    const people = await team();
    const { threadId } = await createThread({
      userId: people.OWNER.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    await resolveThread({ userId: people.OWNER.id, threadId });
    expect(
      await refusal(reopenThread({ userId: people.OWNER.id, threadId: threadId + "x" })),
    ).toMatchObject({ status: 404 });
    const reply = await addReply({
      userId: people.REVIEWER.id,
      threadId,
      input: { body: "Not yet." },
    });
    expect(reply.reopened).toBe(true);
    expect(await db().commentThread.findUnique({ where: { id: threadId } })).toMatchObject({
      resolvedAt: null,
      resolvedById: null,
    });
    expect(await refusal(reopenThread({ userId: people.OWNER.id, threadId }))).toMatchObject({
      status: 409,
      code: "NOT_RESOLVED",
    });
  });
});

describe("live updates", () => {
  it("tells pages showing the section at every write, once it commits", async () => {
    const people = await team();
    const topic = sectionTopic(people.pressRelease.id);
    const heard: LiveMessage[] = [];
    const stop = liveHub().subscribe([topic], (message) => heard.push(message));
    await liveHub().started();
    const { threadId, commentId } = await createThread({
      userId: people.REVIEWER.id,
      sectionId: people.pressRelease.id,
      input: thread(),
    });
    await expect.poll(() => heard.length).toBe(1);
    await addReply({ userId: people.OWNER.id, threadId, input: { body: "Yes." } });
    await editComment({ userId: people.REVIEWER.id, commentId, input: { body: "Sure?" } });
    await resolveThread({ userId: people.OWNER.id, threadId });
    await reopenThread({ userId: people.OWNER.id, threadId });
    await deleteComment({ userId: people.REVIEWER.id, commentId });
    // A refused write tells nobody.
    await refusal(resolveThread({ userId: people.VIEWER.id, threadId }));
    await expect.poll(() => heard.length).toBe(6);
    expect(heard.every((message) => "topic" in message && message.topic === topic)).toBe(true);
    expect(new Set(heard.map((message) => message.kind))).toEqual(new Set(["threads"]));
    stop();
  });
});
