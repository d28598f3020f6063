/**
 * A publication's images and exports, through their route handlers: who may
 * read them (members, viewers included; a live share link), and that nobody
 * else learns they exist (404, signed in or not). Exports: Markdown with the
 * document's headings, PDF from the app's own page when Chromium is here.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { session, type SessionUser } from "@/test/support/fake-auth";
import type { JSONContent } from "@tiptap/core";

const chromium = vi.hoisted(() => ({ absent: false }));

vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// A machine without Chromium, on demand.
vi.mock("@/server/pdf/chromium", async (original) => {
  const actual = await original<typeof import("@/server/pdf/chromium")>();
  return { ...actual, chromiumPath: () => (chromium.absent ? null : actual.chromiumPath()) };
});

/**
 * The app as headless Chromium reaches it at APP_URL: it answers every page
 * with a small document and an image, notes what each request carried, and
 * sends a request for a member page without a session to sign in, as the
 * app does.
 */
const seen: { path: string; cookie: string | undefined }[] = [];
const app: Server = createServer((request: IncomingMessage, response) => {
  const path = request.url ?? "/";
  seen.push({ path, cookie: request.headers.cookie });
  if (path === "/dot.png") {
    response.writeHead(200, { "content-type": "image/png" }).end(PNG);
  } else if (path.startsWith("/p/") && !request.headers.cookie) {
    response.writeHead(307, { location: "/sign-in" }).end();
  } else {
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<!doctype html><title>Instant refunds</title><h1>Instant refunds</h1><img src="/dot.png" alt="" loading="lazy">`,
      );
  }
});
await new Promise<void>((listening) => app.listen(0, "127.0.0.1", listening));
const savedAppUrl = process.env.APP_URL;
// Before anything reads the environment (lib/env.ts caches it).
process.env.APP_URL = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;

const { db } = await import("@/server/db");
const { jsonYDoc } = await import("@/editor/document");
const { READY_DOCUMENTS } = await import("@/lib/checks/fixtures/ready-documents");
const { CHROMIUM } = await import("@/scripts/ensure-browser.mjs");
const factories = await import("@/test/support/factories");
const calls = await import("@/test/support/calls");
const { createAsset } = await import("@/server/data/asset/create-asset");
const { transitionSection } = await import("@/server/data/section/transition-section");
const { publishInitiative } = await import("@/server/data/publication/publish-initiative");
const { createShareLink } = await import("@/server/data/publication/create-share-link");
const { revokeShareLink } = await import("@/server/data/publication/revoke-share-link");
const { pdfState } = await import("@/server/pdf/pdf-browser");
const publicationAssets =
  await import("@/app/api/publications/[publicationId]/assets/[assetId]/route");
const publicationExports = await import("@/app/api/publications/[publicationId]/export/route");
const initiativeExports = await import("@/app/api/initiatives/[initiativeId]/export/route");
const sectionAssets = await import("@/app/api/assets/[assetId]/route");

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
/** A second image, so the two have different bytes and ETags. */
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

const figure = (assetId: string, caption: string): JSONContent => ({
  type: "figure",
  attrs: { src: `/api/assets/${assetId}`, alt: caption },
  content: [{ type: "text", text: caption }],
});

async function write(sectionId: string, document: JSONContent) {
  await factories.writeDocument(sectionId, jsonYDoc(document));
}

type Made = {
  owner: SessionUser & { workspaceId: string };
  viewer: SessionUser;
  outsider: SessionUser;
  initiativeId: string;
  publicationId: string;
  /** In the published press release. */
  publishedAsset: string;
  /** In the FAQ, a draft the publication does not hold. */
  draftAsset: string;
  /** Another workspace's image, named by a figure of the published press release. */
  foreignAsset: string;
  token: string;
};
let made: Made;

beforeAll(async () => {
  const { owner, initiative, pressRelease, faq } = await factories.ownerWithInitiative(
    "Olivia Owner",
    { ready: true },
  );
  const viewer = await factories.member(owner.workspaceId, "VIEWER");
  const outsider = await factories.ownerWithInitiative("Oscar Outsider");
  const foreign = await createAsset({
    userId: outsider.owner.id,
    sectionId: outsider.pressRelease.id,
    bytes: PNG,
  });
  const published = await createAsset({ userId: owner.id, sectionId: pressRelease.id, bytes: PNG });
  const ready = READY_DOCUMENTS.PRESS_RELEASE;
  await write(pressRelease.id, {
    ...ready,
    content: [
      ...(ready.content ?? []),
      figure(published.id, "The refund screen"),
      figure(foreign.id, "Someone else's screen"),
    ],
  });
  await transitionSection({
    userId: owner.id,
    sectionId: pressRelease.id,
    input: { action: "complete" },
  });
  const draft = await createAsset({ userId: owner.id, sectionId: faq.id, bytes: GIF });
  await write(faq.id, { type: "doc", content: [figure(draft.id, "A draft sketch")] });
  const publication = await publishInitiative({
    userId: owner.id,
    initiativeId: initiative.id,
    input: { note: "For the Tuesday review" },
  });
  const link = await createShareLink({ userId: owner.id, initiativeId: initiative.id });
  made = {
    owner,
    viewer,
    outsider: outsider.owner,
    initiativeId: initiative.id,
    publicationId: publication.id,
    publishedAsset: published.id,
    draftAsset: draft.id,
    foreignAsset: foreign.id,
    token: link.token,
  };
});

afterAll(async () => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
  await (await pdfState().browser)?.close();
  await new Promise((closed) => app.close(closed));
});

const as = (user: SessionUser | undefined) => {
  session.user = user ? { id: user.id, name: user.name, email: user.email } : undefined;
};

function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { headers });
}

function image(
  assetId: string,
  { share, publicationId = made.publicationId } = {} as {
    share?: string;
    publicationId?: string;
  },
) {
  const query = share ? `?share=${share}` : "";
  return calls.route(
    publicationAssets.GET,
    get(`/api/publications/${publicationId}/assets/${assetId}${query}`),
    { publicationId, assetId },
  );
}

function publicationExport(query: string, headers: Record<string, string> = {}) {
  return calls.route(
    publicationExports.GET,
    get(`/api/publications/${made.publicationId}/export?${query}`, headers),
    { publicationId: made.publicationId },
  );
}

function initiativeExport(query: string, headers: Record<string, string> = {}) {
  return calls.route(
    initiativeExports.GET,
    get(`/api/initiatives/${made.initiativeId}/export?${query}`, headers),
    { initiativeId: made.initiativeId },
  );
}

const headingsOf = (markdown: string) => markdown.match(/^#{1,6} .*$/gm) ?? [];

describe("a publication's images", () => {
  it("are read by members, viewers included, with the image's type, nosniff and a private, long cache", async () => {
    for (const reader of [made.owner, made.viewer]) {
      as(reader);
      const response = await image(made.publishedAsset);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toMatch(/^private, max-age=31536000/);
      expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    }
    const etag = (await image(made.publishedAsset)).headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await calls.route(
      publicationAssets.GET,
      get(`/api/publications/${made.publicationId}/assets/${made.publishedAsset}`, {
        "if-none-match": etag,
      }),
      { publicationId: made.publicationId, assetId: made.publishedAsset },
    );
    expect(again.status).toBe(304);
  });

  it("are not a way to a draft's image: a viewer gets 404 for an image the publication does not hold", async () => {
    as(made.viewer);
    expect((await image(made.draftAsset)).status).toBe(404);
    // Nor through the editor's own route, which is for draft readers.
    const direct = await calls.route(sectionAssets.GET, get(`/api/assets/${made.draftAsset}`), {
      assetId: made.draftAsset,
    });
    expect(direct.status).toBe(404);
    // Even the owner reads only what the publication holds through it.
    as(made.owner);
    expect((await image(made.draftAsset)).status).toBe(404);
  });

  it("never serve another team's image, even when a published figure names it", async () => {
    const { assetIds } = await db().publication.findUniqueOrThrow({
      where: { id: made.publicationId },
      select: { assetIds: true },
    });
    expect(assetIds).toContain(made.foreignAsset);
    as(made.owner);
    expect((await image(made.foreignAsset)).status).toBe(404);
  });

  it("answer 404 to outsiders and to visitors without a link, and to malformed ids", async () => {
    as(made.outsider);
    expect((await image(made.publishedAsset)).status).toBe(404);
    as(undefined);
    expect((await image(made.publishedAsset)).status).toBe(404);
    expect((await image(made.publishedAsset, { share: "x".repeat(32) })).status).toBe(404);
    expect((await image("../../etc", { share: made.token })).status).toBe(404);
    expect(
      (await image(made.publishedAsset, { publicationId: "nope", share: made.token })).status,
    ).toBe(404);
  });

  it("are read through a live share link, signed out or as an outsider", async () => {
    for (const reader of [undefined, made.outsider]) {
      as(reader);
      expect((await image(made.publishedAsset, { share: made.token })).status).toBe(200);
      expect((await image(made.draftAsset, { share: made.token })).status).toBe(404);
    }
  });
});

describe("exporting a publication", () => {
  it("downloads Markdown named after the initiative, with the document's headings and images at the publication's route", async () => {
    as(made.viewer);
    const response = await publicationExport("format=markdown");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="instant-refunds.md"',
    );
    const markdown = await response.text();
    const headings = headingsOf(markdown);
    expect(headings.slice(0, 3)).toEqual([
      "# Instant refunds",
      "## The customer",
      "## Press release",
    ]);
    // The press release's own headings, two levels down; no draft stage.
    expect(headings.slice(3).every((heading) => /^#{3,6} /.test(heading))).toBe(true);
    expect(headings.length).toBeGreaterThan(5);
    expect(markdown).not.toMatch(/## FAQ|A draft sketch/);
    expect(markdown).toContain("For the Tuesday review");
    const appUrl = process.env.APP_URL;
    expect(markdown).toContain(
      `![The refund screen](${appUrl}/api/publications/${made.publicationId}/assets/${made.publishedAsset})\n\n_The refund screen_`,
    );
    expect(markdown).toContain(`[Read it online](${appUrl}/p/${made.initiativeId}/v/1)`);
  });

  it("gives a share-link reader image and page links that work through the link", async () => {
    as(undefined);
    const markdown = await (await publicationExport(`format=markdown&share=${made.token}`)).text();
    expect(markdown).toContain(
      `/api/publications/${made.publicationId}/assets/${made.publishedAsset}?share=${made.token})`,
    );
    expect(markdown).toContain(`[Read it online](${process.env.APP_URL}/s/${made.token}/v/1)`);
  });

  it("refuses a format it does not know with 400 on format, and strangers with 404", async () => {
    as(made.viewer);
    for (const query of ["format=docx", "", "format="]) {
      const response = await publicationExport(query);
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { error: { fields: object } }).error.fields,
      ).toHaveProperty("format");
    }
    as(made.outsider);
    expect((await publicationExport("format=markdown")).status).toBe(404);
    as(undefined);
    expect((await publicationExport("format=markdown")).status).toBe(404);
  });
});

describe("exporting the document view", () => {
  it("gives draft readers every stage, drafts marked, images at the editor's route", async () => {
    as(made.owner);
    const response = await initiativeExport("format=markdown");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="instant-refunds.md"',
    );
    const markdown = await response.text();
    const stages = headingsOf(markdown).filter((heading) => heading.startsWith("## "));
    expect(stages).toEqual([
      "## The customer",
      "## Press release",
      "## FAQ (Draft)",
      // Nothing written there yet: the file says what the document view says.
      "## User manual (Not started)",
      "## Mockups (Not started)",
      "## Technical feasibility (Not started)",
    ]);
    expect(markdown).toContain(`(${process.env.APP_URL}/api/assets/${made.draftAsset})`);
  });

  it("is not for viewers or outsiders (404), and wants a known format (400)", async () => {
    for (const reader of [made.viewer, made.outsider]) {
      as(reader);
      expect((await initiativeExport("format=markdown")).status).toBe(404);
    }
    as(made.owner);
    expect((await initiativeExport("format=html")).status).toBe(400);
  });
});

describe("PDF", () => {
  const hasChromium = existsSync(CHROMIUM);

  it("prints the member's reader page with their cookies, and the share page without", async () => {
    seen.length = 0;
    as(made.viewer);
    const response = await publicationExport("format=pdf", { cookie: "authjs.session-token=abc" });
    if (!hasChromium) {
      // The one assertion this machine cannot make: there is no browser to print with.
      expect(response.status).toBe(501);
      return;
    }
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="instant-refunds.pdf"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(seen).toContainEqual({
      path: `/p/${made.initiativeId}/v/1`,
      cookie: "authjs.session-token=abc",
    });
    // The lazy image was loaded before printing.
    expect(seen.map((request) => request.path)).toContain("/dot.png");

    seen.length = 0;
    as(undefined);
    const shared = await publicationExport(`format=pdf&share=${made.token}`, {
      cookie: "authjs.session-token=abc",
    });
    expect(
      Buffer.from(await shared.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(seen[0]).toEqual({ path: `/s/${made.token}/v/1`, cookie: undefined });
  });

  it("prints the document view for draft readers", async () => {
    if (!hasChromium) return;
    seen.length = 0;
    as(made.owner);
    const response = await initiativeExport("format=pdf", { cookie: "authjs.session-token=abc" });
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(seen[0]?.path).toBe(`/w/${made.owner.workspaceId}/i/${made.initiativeId}/document`);
  });

  it("never prints a page the requester's session did not open (here: sent to sign in)", async () => {
    if (!hasChromium) return;
    as(made.viewer);
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await publicationExport("format=pdf")).status).toBe(500);
    spy.mockRestore();
  });

  it("answers 503 with Retry-After while two PDFs are rendering", async () => {
    as(made.viewer);
    pdfState().rendering += 2;
    try {
      const response = await publicationExport("format=pdf");
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      pdfState().rendering -= 2;
    }
  });

  it("answers 501 where Chromium is not installed, saying to print from the browser", async () => {
    as(made.viewer);
    chromium.absent = true;
    try {
      const response = await publicationExport("format=pdf");
      expect(response.status).toBe(501);
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toMatch(/Print \/ Save as PDF/);
    } finally {
      chromium.absent = false;
    }
  });
});

describe("after the owner revokes the link", () => {
  it("reads nothing through it: images and exports answer 404", async () => {
    await revokeShareLink({ userId: made.owner.id, initiativeId: made.initiativeId });
    as(undefined);
    expect((await image(made.publishedAsset, { share: made.token })).status).toBe(404);
    expect((await publicationExport(`format=markdown&share=${made.token}`)).status).toBe(404);
    expect((await publicationExport(`format=pdf&share=${made.token}`)).status).toBe(404);
    // Members still read it with their session.
    as(made.viewer);
    expect((await image(made.publishedAsset, { share: made.token })).status).toBe(200);
  });
});
