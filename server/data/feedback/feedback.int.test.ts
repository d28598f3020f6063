import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { transitionSection } from "@/server/data/section/transition-section";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { member, ownerWithInitiative, refusal, snapshot } from "@/test/support/factories";
import { createFeedback } from "./create-feedback";
import { addFeedbackMessage } from "./add-feedback-message";
import { resolveFeedback } from "./resolve-feedback";
import { reopenFeedback } from "./reopen-feedback";
import { listPublicationFeedback } from "./list-publication-feedback";
import { listInitiativeFeedback } from "./list-initiative-feedback";

/** A published initiative (version 1: the press release) and one member of each role, plus an outsider. */
async function published() {
  const { owner, initiative, pressRelease } = await ownerWithInitiative("Olivia Owner", {
    ready: true,
  });
  await transitionSection({
    userId: owner.id,
    sectionId: pressRelease.id,
    input: { action: "complete" },
  });
  const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
  const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
  const viewer = await member(owner.workspaceId, "VIEWER", "Vera Viewer");
  const outsider = await ownerWithInitiative("Oscar Outsider");
  // The editor publishes: the publisher hears of feedback even without other part in it.
  const publication = await publishInitiative({
    userId: editor.id,
    initiativeId: initiative.id,
    input: {},
  });
  return { owner, editor, reviewer, viewer, outsider: outsider.owner, initiative, publication };
}

const passage = {
  body: "Which countries does this launch in?",
  stage: "PRESS_RELEASE",
  quote: "  refunds   in seconds ",
};

/** A person's feedback notifications (publishing also notifies the team, of something else). */
function notificationsOf(userId: string) {
  return db().notification.findMany({
    where: { userId, type: { startsWith: "feedback." } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

describe("feedback on a publication", () => {
  it("lets a viewer ask on a passage and at the end; everyone reading sees both, oldest first", async () => {
    const { viewer, owner, initiative, publication } = await published();
    const onPassage = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: passage,
    });
    expect(onPassage).toMatchObject({ initiativeId: initiative.id, version: 1 });
    const atEnd = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: { body: "Great read. When is the next review?" },
    });

    for (const reader of [viewer, owner]) {
      const threads = await listPublicationFeedback({
        userId: reader.id,
        publicationId: publication.id,
      });
      expect(threads.map((thread) => thread.id)).toEqual([onPassage.threadId, atEnd.threadId]);
      expect(threads[0]).toMatchObject({
        stage: "PRESS_RELEASE",
        stageLabel: "Press release",
        quote: "refunds in seconds",
        version: 1,
        resolvedAt: null,
        author: { id: viewer.id, name: "Vera Viewer", team: false },
        messages: [{ body: passage.body, author: { name: "Vera Viewer" } }],
      });
      expect(threads[1]).toMatchObject({ stage: null, stageLabel: null, quote: "" });
    }
    const activity = await db().activity.findFirst({
      where: { initiativeId: initiative.id, type: "feedback.created" },
    });
    expect(activity).toMatchObject({ actorId: viewer.id });
  });

  it("refuses outsiders with 404 everywhere, and bad input with 400 on the field, writing nothing", async () => {
    const { viewer, outsider, publication } = await published();
    const { threadId } = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: passage,
    });
    const before = await snapshot();
    const asOutsider = [
      () => createFeedback({ userId: outsider.id, publicationId: publication.id, input: passage }),
      () => addFeedbackMessage({ userId: outsider.id, threadId, input: { body: "Hi" } }),
      () => resolveFeedback({ userId: outsider.id, threadId }),
      () => reopenFeedback({ userId: outsider.id, threadId }),
      () => listPublicationFeedback({ userId: outsider.id, publicationId: publication.id }),
    ];
    for (const call of asOutsider) expect(await refusal(call())).toMatchObject({ status: 404 });

    const ask = (input: unknown) =>
      refusal(createFeedback({ userId: viewer.id, publicationId: publication.id, input }));
    expect(await ask({ body: "Why?", quote: "refunds" })).toMatchObject({
      status: 400,
      fields: { stage: expect.any(String) },
    });
    // The FAQ is not in version 1: nothing there to quote.
    expect(await ask({ body: "Why?", quote: "refunds", stage: "FAQ" })).toMatchObject({
      status: 400,
      fields: { stage: "That part is not in this version of the document" },
    });
    expect(await ask({ body: "   ", stage: "PRESS_RELEASE" })).toMatchObject({
      status: 400,
      fields: { body: expect.any(String) },
    });
    expect(await ask({ body: "x".repeat(5001) })).toMatchObject({
      status: 400,
      fields: { body: expect.any(String) },
    });
    expect(
      await refusal(createFeedback({ userId: viewer.id, publicationId: "nope", input: passage })),
    ).toMatchObject({ status: 404 });
    expect(
      await refusal(addFeedbackMessage({ userId: viewer.id, threadId, input: { body: "" } })),
    ).toMatchObject({ status: 400, fields: { body: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it("lets owners and editors mark it answered and reopen it; reviewers and viewers get 403", async () => {
    const { owner, editor, reviewer, viewer, publication } = await published();
    const { threadId } = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: passage,
    });
    const before = await snapshot();
    expect(await refusal(resolveFeedback({ userId: viewer.id, threadId }))).toMatchObject({
      status: 403,
    });
    expect(await refusal(resolveFeedback({ userId: reviewer.id, threadId }))).toMatchObject({
      status: 403,
    });
    expect(await snapshot()).toEqual(before);

    const resolved = await resolveFeedback({ userId: editor.id, threadId });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(await refusal(resolveFeedback({ userId: owner.id, threadId }))).toMatchObject({
      status: 409,
      code: "ALREADY_RESOLVED",
    });
    expect(await refusal(reopenFeedback({ userId: viewer.id, threadId }))).toMatchObject({
      status: 403,
    });
    await reopenFeedback({ userId: owner.id, threadId });
    expect(await refusal(reopenFeedback({ userId: owner.id, threadId }))).toMatchObject({
      status: 409,
      code: "NOT_RESOLVED",
    });
  });

  it("tells the team of a question and the asker of the answer, with a link to the thread", async () => {
    const { owner, editor, reviewer, viewer, initiative, publication } = await published();
    const { threadId } = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: passage,
    });
    const url = `/p/${initiative.id}/v/1#feedback-${threadId}`;
    // The owner works on it; the editor published this version; the reviewer has no part in it.
    for (const person of [owner, editor])
      expect(await notificationsOf(person.id)).toMatchObject([
        {
          type: "feedback.created",
          actorId: viewer.id,
          url,
          data: {
            initiative: initiative.title,
            publication: "Version 1",
            stage: "Press release",
            excerpt: passage.body,
          },
        },
      ]);
    expect(await notificationsOf(reviewer.id)).toEqual([]);
    expect(await notificationsOf(viewer.id)).toEqual([]);

    await db().notification.deleteMany({});
    await resolveFeedback({ userId: owner.id, threadId });
    const answer = await addFeedbackMessage({
      userId: owner.id,
      threadId,
      input: { body: "The UK and Ireland first." },
    });
    // The team's note after answering keeps it answered.
    expect(answer.reopened).toBe(false);
    expect(await notificationsOf(viewer.id)).toMatchObject([
      {
        type: "feedback.replied",
        actorId: owner.id,
        url,
        data: { excerpt: "The UK and Ireland first." },
      },
    ]);
    expect(await notificationsOf(owner.id)).toEqual([]);
    expect(await notificationsOf(editor.id)).toEqual([]);

    // The viewer follows up: the thread opens again, and the whole team hears of it.
    await db().notification.deleteMany({});
    const followUp = await addFeedbackMessage({
      userId: viewer.id,
      threadId,
      input: { body: "And France?" },
    });
    expect(followUp.reopened).toBe(true);
    const [thread] = await listPublicationFeedback({
      userId: viewer.id,
      publicationId: publication.id,
    });
    expect(thread?.resolvedAt).toBeNull();
    expect(thread?.messages.map((message) => message.author.name)).toEqual([
      "Vera Viewer",
      "Olivia Owner",
      "Vera Viewer",
    ]);
    expect(thread?.messages[1]?.author.team).toBe(true);
    for (const person of [owner, editor])
      expect(await notificationsOf(person.id)).toMatchObject([
        { type: "feedback.replied", actorId: viewer.id },
      ]);
    expect(await notificationsOf(viewer.id)).toEqual([]);
  });

  it("tells nobody who has left the workspace", async () => {
    const { owner, viewer, publication } = await published();
    const other = await member(owner.workspaceId, "VIEWER", "Ollie Other");
    const { threadId } = await createFeedback({
      userId: other.id,
      publicationId: publication.id,
      input: { body: "Is there a pilot?" },
    });
    await db().membership.deleteMany({ where: { userId: other.id } });
    await db().notification.deleteMany({});
    await addFeedbackMessage({ userId: viewer.id, threadId, input: { body: "Same question." } });
    expect(await notificationsOf(other.id)).toEqual([]);
    expect(await notificationsOf(owner.id)).toMatchObject([{ type: "feedback.replied" }]);
  });

  it("stores markup in a body as the text typed", async () => {
    const { viewer, publication } = await published();
    const body = `<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes"`;
    await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: { body, stage: "PRESS_RELEASE", quote: "<b>bold</b>" },
    });
    const [thread] = await listPublicationFeedback({
      userId: viewer.id,
      publicationId: publication.id,
    });
    expect(thread?.messages[0]?.body).toBe(body);
    expect(thread?.quote).toBe("<b>bold</b>");
  });
});

describe("the team's list of feedback", () => {
  it("lists every version's threads, open first, for people who read drafts; 404 for viewers", async () => {
    const { owner, reviewer, viewer, outsider, initiative, publication } = await published();
    const first = await createFeedback({
      userId: viewer.id,
      publicationId: publication.id,
      input: passage,
    });
    const second = await publishInitiative({
      userId: owner.id,
      initiativeId: initiative.id,
      input: {},
    });
    const onSecond = await createFeedback({
      userId: viewer.id,
      publicationId: second.id,
      input: { body: "What changed?" },
    });
    await resolveFeedback({ userId: owner.id, threadId: onSecond.threadId });

    const all = await listInitiativeFeedback({
      userId: reviewer.id,
      initiativeId: initiative.id,
      show: "all",
    });
    expect(all.threads.map((thread) => [thread.id, thread.version])).toEqual([
      [first.threadId, 1],
      [onSecond.threadId, 2],
    ]);
    expect(all.counts).toEqual({ open: 1, answered: 1 });
    const open = await listInitiativeFeedback({ userId: owner.id, initiativeId: initiative.id });
    expect(open.threads.map((thread) => thread.id)).toEqual([first.threadId]);
    const answered = await listInitiativeFeedback({
      userId: owner.id,
      initiativeId: initiative.id,
      show: "answered",
    });
    expect(answered.threads.map((thread) => thread.id)).toEqual([onSecond.threadId]);

    for (const person of [viewer, outsider])
      expect(
        await refusal(listInitiativeFeedback({ userId: person.id, initiativeId: initiative.id })),
      ).toMatchObject({ status: 404 });
  });
});
