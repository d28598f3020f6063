/**
 * The feedback API and the reader page's server actions, called as Next
 * calls them: 201 for a question or a reply, 400 naming the field, 401
 * without a session (there is no anonymous path), 404 outside the
 * workspace, 403 for a viewer marking feedback answered.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";

vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
// revalidatePath needs Next's render store; what it invalidates is not under test.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { transitionSection } = await import("@/server/data/section/transition-section");
const { publishInitiative } = await import("@/server/data/publication/publish-initiative");
const factories = await import("@/test/support/factories");
const calls = await import("@/test/support/calls");
const feedback = await import("@/app/api/publications/[publicationId]/feedback/route");
const messages = await import("@/app/api/feedback/[threadId]/messages/route");
const resolves = await import("@/app/api/feedback/[threadId]/resolve/route");
const reopens = await import("@/app/api/feedback/[threadId]/reopen/route");
const { createFeedbackAction } = await import("@/server/actions/create-feedback");
const { addFeedbackMessageAction } = await import("@/server/actions/add-feedback-message");
const { resolveFeedbackAction } = await import("@/server/actions/resolve-feedback");
const { reopenFeedbackAction } = await import("@/server/actions/reopen-feedback");

type Person = { id: string; name: string; email: string };
let owner: Person;
let viewer: Person;
let outsider: Person;
let initiativeId: string;
let publicationId: string;

const as = (person: Person | undefined) => {
  session.user = person && { id: person.id, name: person.name, email: person.email };
};
const post = (body?: unknown) =>
  calls.jsonRequest("POST", body === undefined ? undefined : JSON.stringify(body));

beforeAll(async () => {
  const setup = await factories.ownerWithInitiative("Olivia Owner", { ready: true });
  await transitionSection({
    userId: setup.owner.id,
    sectionId: setup.pressRelease.id,
    input: { action: "complete" },
  });
  const publication = await publishInitiative({
    userId: setup.owner.id,
    initiativeId: setup.initiative.id,
    input: {},
  });
  owner = setup.owner;
  viewer = await factories.member(setup.owner.workspaceId, "VIEWER", "Vera Viewer");
  outsider = await factories.signUp("Oscar Outsider");
  initiativeId = setup.initiative.id;
  publicationId = publication.id;
});

describe("POST /api/publications/:id/feedback", () => {
  it("answers 201 with the thread and its link, 400 naming the field, 401, and 404", async () => {
    as(viewer);
    const created = await calls.route(
      feedback.POST,
      post({ body: "Which countries?", stage: "PRESS_RELEASE", quote: "refunds" }),
      { publicationId },
    );
    expect(created.status).toBe(201);
    const { threadId, url } = (await created.json()) as { threadId: string; url: string };
    expect(url).toBe(`/p/${initiativeId}/v/1#feedback-${threadId}`);

    const noStage = await calls.route(feedback.POST, post({ body: "Why?", quote: "refunds" }), {
      publicationId,
    });
    expect(noStage.status).toBe(400);
    expect(await noStage.json()).toMatchObject({
      error: { fields: { stage: expect.any(String) } },
    });

    as(undefined);
    const anonymous = await calls.route(feedback.POST, post({ body: "Hello" }), { publicationId });
    expect(anonymous.status).toBe(401);

    as(outsider);
    for (const id of [publicationId, "not-an-id", "c000000000000000000000000"]) {
      const hidden = await calls.route(feedback.POST, post({ body: "Hello" }), {
        publicationId: id,
      });
      expect(hidden.status).toBe(404);
    }
  });
});

describe("POST /api/feedback/:id/messages, /resolve and /reopen", () => {
  it("lets the viewer reply (201) but not mark it answered (403); the owner may (200, then 409)", async () => {
    as(viewer);
    const created = await calls.route(feedback.POST, post({ body: "When?" }), { publicationId });
    const { threadId } = (await created.json()) as { threadId: string };

    const reply = await calls.route(messages.POST, post({ body: "Still wondering." }), {
      threadId,
    });
    expect(reply.status).toBe(201);
    expect(await reply.json()).toMatchObject({ threadId, reopened: false });
    const empty = await calls.route(messages.POST, post({ body: "" }), { threadId });
    expect(empty.status).toBe(400);
    expect((await calls.route(resolves.POST, post(), { threadId })).status).toBe(403);

    as(owner);
    const resolved = await calls.route(resolves.POST, post(), { threadId });
    expect(resolved.status).toBe(200);
    expect((await calls.route(resolves.POST, post(), { threadId })).status).toBe(409);
    expect((await calls.route(reopens.POST, post(), { threadId })).status).toBe(200);

    as(outsider);
    for (const handler of [messages.POST, resolves.POST, reopens.POST])
      expect((await calls.route(handler, post({ body: "Hi" }), { threadId })).status).toBe(404);
    as(undefined);
    for (const handler of [messages.POST, resolves.POST, reopens.POST])
      expect((await calls.route(handler, post({ body: "Hi" }), { threadId })).status).toBe(401);
  });
});

describe("the reader page's server actions", () => {
  it("take the forms' FormData, and refuse as the API does", async () => {
    as(viewer);
    const form = new FormData();
    form.set("body", "Is there an API?");
    form.set("stage", "PRESS_RELEASE");
    form.set("quote", "instant refunds");
    const created = await createFeedbackAction(form, publicationId);
    expect(created).toMatchObject({ ok: true, data: { threadId: expect.any(String) } });
    if (!created.ok) throw new Error(created.error);
    const { threadId } = created.data;

    const reply = new FormData();
    reply.set("body", "  ");
    expect(await addFeedbackMessageAction(reply, threadId)).toMatchObject({
      ok: false,
      status: 400,
      fields: { body: expect.any(String) },
    });
    expect(await resolveFeedbackAction(threadId)).toMatchObject({ ok: false, status: 403 });
    as(owner);
    expect(await resolveFeedbackAction(threadId)).toMatchObject({ ok: true });
    expect(await reopenFeedbackAction(threadId)).toMatchObject({ ok: true });
    as(undefined);
    expect(await createFeedbackAction(form, publicationId)).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});
