/**
 * A VIEWER reads published documents and never a draft (issue 9), whatever
 * door they try: every route handler, server action and data function that
 * serves drafts, an uploaded image of a draft, the live-event stream and the
 * collab socket. The draft holds a marker that must appear in no answer.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";
import { freePort } from "@/test/support/collab";

// As in bad-input.int.test.ts: next-auth cannot load here; a fixed signed-in user stands in.
vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

process.env.COLLAB_PORT = String(await freePort());
process.env.COLLAB_INTERNAL_URL = "http://127.0.0.1:9";

const { db } = await import("@/server/db");
const factories = await import("@/test/support/factories");
const { collabHarness } = await import("@/test/support/collab-harness");
const { jsonRequest, route } = await import("@/test/support/calls");
const { createAsset } = await import("@/server/data/asset/create-asset");
const { createThread } = await import("@/server/data/comment/create-thread");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { publishInitiative } = await import("@/server/data/publication/publish-initiative");
const { getPublication } = await import("@/server/data/publication/get-publication");
const { getInitiative } = await import("@/server/data/initiative/get-initiative");
const { listInitiatives } = await import("@/server/data/initiative/list-initiatives");

const initiativesRoute = await import("@/app/api/workspaces/[workspaceId]/initiatives/route");
const collabToken = await import("@/app/api/collab-token/route");
const assets = await import("@/app/api/assets/[assetId]/route");
const threads = await import("@/app/api/sections/[sectionId]/threads/route");
const replies = await import("@/app/api/threads/[threadId]/comments/route");
const reviews = await import("@/app/api/sections/[sectionId]/reviews/route");
const transitions = await import("@/app/api/sections/[sectionId]/transitions/route");
const live = await import("@/app/api/live/route");
const publications = await import("@/app/api/initiatives/[initiativeId]/publications/route");
const initiativeExport = await import("@/app/api/initiatives/[initiativeId]/export/route");
const publicationAssets =
  await import("@/app/api/publications/[publicationId]/assets/[assetId]/route");
const publicationExport = await import("@/app/api/publications/[publicationId]/export/route");
const sectionVersions = await import("@/app/api/sections/[sectionId]/versions/route");
const versions = await import("@/app/api/versions/[versionId]/route");
const restores = await import("@/app/api/versions/[versionId]/restore/route");
const { nameVersion } = await import("@/server/data/version/name-version");
const { nameVersionAction } = await import("@/server/actions/name-version");
const { restoreVersionAction } = await import("@/server/actions/restore-version");
const search = await import("@/app/api/search/route");
const { getInitiativeDocument } = await import("@/server/data/initiative/get-initiative-document");
const { listInitiativeFeedback } = await import("@/server/data/feedback/list-initiative-feedback");
const { createThreadAction } = await import("@/server/actions/create-thread");
const { transitionSectionAction } = await import("@/server/actions/transition-section");
const { updateCustomerAction } = await import("@/server/actions/update-customer");
const { publishInitiativeAction } = await import("@/server/actions/publish-initiative");

const SECRET = "SECRET-DRAFT-7f3a";
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);
const ANCHORS = { anchorStart: "AIiczdQMAgA=", anchorEnd: "AIiczdQMCEE=" };

const harness = collabHarness();
let setup: {
  viewer: { id: string; name: string; email: string };
  workspaceId: string;
  initiativeId: string;
  faqId: string;
  assetId: string;
  threadId: string;
  publicationId: string;
  versionId: string;
};

beforeAll(async () => {
  const { owner, initiative, pressRelease, faq } = await factories.ownerWithInitiative(
    "Olivia Owner",
    { ready: true },
  );
  await transitionSection({
    userId: owner.id,
    sectionId: pressRelease.id,
    input: { action: "complete" },
  });
  await factories.write(faq.id, `Is this a draft? ${SECRET}`);
  const asset = await createAsset({ userId: owner.id, sectionId: faq.id, bytes: PNG });
  const thread = await createThread({
    userId: owner.id,
    sectionId: faq.id,
    input: { ...ANCHORS, quote: "draft", body: `A draft comment ${SECRET}` },
  });
  const publication = await publishInitiative({
    userId: owner.id,
    initiativeId: initiative.id,
    input: {},
  });
  const { versionId } = await nameVersion({
    userId: owner.id,
    sectionId: faq.id,
    input: { name: "Draft version" },
  });
  const viewer = await factories.member(owner.workspaceId, "VIEWER", "Vera Viewer");
  setup = {
    viewer,
    workspaceId: owner.workspaceId,
    initiativeId: initiative.id,
    faqId: faq.id,
    assetId: asset.id,
    threadId: thread.threadId,
    publicationId: publication.id,
    versionId,
  };
  session.user = { id: viewer.id, name: viewer.name, email: viewer.email };
});

/** The answer's status, and that its body does not hold the draft. */
async function refusedWithoutDraft(response: Response | Promise<Response>) {
  const answer = await response;
  const body = await answer.text();
  expect(body).not.toContain(SECRET);
  return answer.status;
}

describe("a viewer never reaches a draft", () => {
  it("through the route handlers", async () => {
    const { workspaceId, initiativeId, faqId, assetId, threadId, versionId } = setup;
    const get = (url: string) => new Request(url);
    expect(
      await refusedWithoutDraft(
        route(initiativesRoute.GET, get("http://localhost/api"), { workspaceId }),
      ),
    ).toBe(200); // the list is empty for viewers
    const listed = await (
      await route(initiativesRoute.GET, get("http://localhost/api"), { workspaceId })
    ).json();
    expect(JSON.stringify(listed)).not.toContain(initiativeId);

    const notFound = [
      route(collabToken.GET, get(`http://localhost/api/collab-token?section=${faqId}`), {}),
      route(assets.GET, get("http://localhost/api"), { assetId }),
      route(threads.GET, get("http://localhost/api"), { sectionId: faqId }),
      route(reviews.GET, get("http://localhost/api"), { sectionId: faqId }),
      route(live.GET, get(`http://localhost/api/live?section=${faqId}`), {}),
      route(
        threads.POST,
        jsonRequest("POST", JSON.stringify({ ...ANCHORS, quote: "x", body: "hi" })),
        { sectionId: faqId },
      ),
      route(replies.POST, jsonRequest("POST", JSON.stringify({ body: "hi" })), { threadId }),
      route(transitions.POST, jsonRequest("POST", JSON.stringify({ action: "complete" })), {
        sectionId: faqId,
      }),
      route(publications.POST, jsonRequest("POST", "{}"), { initiativeId }),
      route(initiativeExport.GET, get("http://localhost/api?format=markdown"), { initiativeId }),
      // A draft's saved versions, and what they would restore.
      route(sectionVersions.GET, get("http://localhost/api"), { sectionId: faqId }),
      route(sectionVersions.POST, jsonRequest("POST", JSON.stringify({ name: "Mine" })), {
        sectionId: faqId,
      }),
      route(versions.GET, get("http://localhost/api"), { versionId }),
      route(versions.PATCH, jsonRequest("PATCH", JSON.stringify({ name: "Mine" })), { versionId }),
      route(restores.POST, jsonRequest("POST", "{}"), { versionId }),
      // The draft's image, asked for through the publication it is not in.
      route(publicationAssets.GET, get("http://localhost/api"), {
        publicationId: setup.publicationId,
        assetId,
      }),
    ];
    for (const response of notFound) expect(await refusedWithoutDraft(response)).toBe(404);

    // The publication's own export is theirs to read, and holds no draft.
    const exported = await route(
      publicationExport.GET,
      get("http://localhost/api?format=markdown"),
      {
        publicationId: setup.publicationId,
      },
    );
    expect(await refusedWithoutDraft(exported)).toBe(200);
  });

  it("through the server actions", async () => {
    const { initiativeId, faqId } = setup;
    const results = [
      await createThreadAction({ ...ANCHORS, quote: "x", body: "hi" }, faqId),
      await transitionSectionAction({ action: "complete" }, faqId),
      await updateCustomerAction({ customerProblem: "x" }, initiativeId),
      await publishInitiativeAction({}, initiativeId),
      await nameVersionAction({ name: "Mine" }, faqId),
      await restoreVersionAction({}, setup.versionId),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, status: 404 });
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });

  it("through the data functions: drafts are 404, the publication holds only completed stages", async () => {
    const { viewer, workspaceId, initiativeId } = setup;
    await expect(getInitiative({ userId: viewer.id, initiativeId })).rejects.toMatchObject({
      status: 404,
    });
    expect(await listInitiatives({ userId: viewer.id, workspaceId })).toEqual([]);
    await expect(getInitiativeDocument({ userId: viewer.id, initiativeId })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      listInitiativeFeedback({ userId: viewer.id, initiativeId, show: "all" }),
    ).rejects.toMatchObject({ status: 404 });
    const publication = await getPublication({ userId: viewer.id, initiativeId });
    expect(publication.snapshot.stages.map((stage) => stage.stage)).toEqual(["PRESS_RELEASE"]);
    expect(JSON.stringify(publication)).not.toContain(SECRET);
  });

  it("through the collab socket, even with a token signed for them", async () => {
    const server = await harness.start();
    const client = harness.client({
      url: server.url,
      userId: setup.viewer.id,
      sectionId: setup.faqId,
    });
    expect(await client.refused).toBeTruthy();
    expect(client.doc.getXmlFragment("default").toString()).not.toContain(SECRET);
  });

  it("through search: only the publication is found, never the draft or its comment", async () => {
    const find = async (q: string) => {
      const url = `http://localhost/api/search?${new URLSearchParams({ workspace: setup.workspaceId, q })}`;
      const answer = await route(search.GET, new Request(url), {});
      const text = await answer.text();
      expect(answer.status).toBe(200);
      expect(text).not.toContain(SECRET);
      return (JSON.parse(text) as { results: { kind: string }[] }).results;
    };
    expect(await find(SECRET)).toEqual([]);
    expect(await find("draft comment")).toEqual([]);
    expect((await find("Larkspur")).map((result) => result.kind)).toEqual(["published"]);
  });

  it("and the draft really is there for the team (the marker is not a typo)", async () => {
    const row = await db().section.findUniqueOrThrow({ where: { id: setup.faqId } });
    expect(row.text).toContain(SECRET);
  });
});
