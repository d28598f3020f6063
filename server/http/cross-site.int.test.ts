/**
 * Requests from another site cannot change anything through the JSON API
 * (security review, item 3). A page elsewhere can make a signed-in browser
 * POST with its cookies (`fetch(…, { mode: "no-cors", credentials: "include" })`)
 * as long as the body is text/plain, multipart or a form: no preflight asks
 * us first. Such a request always carries the page's Origin, so a foreign
 * Origin is refused, and JSON routes refuse any body not sent as
 * application/json (which a cross-site page cannot send without a preflight).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";

vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { env } = await import("@/lib/env");
const factories = await import("@/test/support/factories");
const calls = await import("@/test/support/calls");
const initiatives = await import("@/app/api/workspaces/[workspaceId]/initiatives/route");
const transitions = await import("@/app/api/sections/[sectionId]/transitions/route");
const uploads = await import("@/app/api/assets/route");
const collabToken = await import("@/app/api/collab-token/route");

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

const EVIL = "http://evil.example";
/** A host the app is reached at that is not APP_URL's (a second name, an internal address). */
const OWN_HOST = "app.internal:8080";
/**
 * Next's request URL names the address it listens on, not the Host the
 * browser used (lib/security-headers.ts says the same): the Host header is
 * what counts.
 */
const LISTENING = "http://127.0.0.1:3999";
const BODY = JSON.stringify({ title: "Planted", customer: "Nobody asked" });

let owner: Awaited<ReturnType<typeof factories.signUp>>;
/** The owner's press release, drafting. */
let sectionId: string;

beforeAll(async () => {
  const made = await factories.ownerWithInitiative();
  owner = made.owner;
  sectionId = made.pressRelease.id;
  session.user = { id: owner.id, name: owner.name, email: owner.email };
});

/** A POST to create an initiative, as `headers` describe it. */
function createRequest(headers: Record<string, string>, body = BODY) {
  return new Request(`${LISTENING}/api/workspaces/${owner.workspaceId}/initiatives`, {
    method: "POST",
    body,
    headers: { host: OWN_HOST, "content-length": String(Buffer.byteLength(body)), ...headers },
  });
}

const create = (request: Request) =>
  calls.route(initiatives.POST, request, { workspaceId: owner.workspaceId });

/** The answer's status and error code, and whether the database changed. */
async function outcome(send: () => Promise<Response>) {
  const before = await calls.fingerprint();
  const response = await send();
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return {
    status: response.status,
    code: body.error?.code,
    wrote: JSON.stringify(await calls.fingerprint()) !== JSON.stringify(before),
  };
}

describe("a state-changing request from another origin", () => {
  it.each([
    ["text/plain, as no-cors fetch sends it", { "content-type": "text/plain;charset=UTF-8" }],
    ["application/json", { "content-type": "application/json" }],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }],
  ])("is refused with 403 CROSS_ORIGIN and writes nothing (%s)", async (_, headers) => {
    expect(await outcome(() => create(createRequest({ origin: EVIL, ...headers })))).toEqual({
      status: 403,
      code: "CROSS_ORIGIN",
      wrote: false,
    });
  });

  it.each([
    ["another site", EVIL],
    ["another port of our host", "http://app.internal:9090"],
    ["a subdomain (same site, other origin)", "http://sub.app.internal:8080"],
    ["an opaque origin (sandboxed frame)", "null"],
    ["garbage", "not a url"],
  ])("is refused from %s", async (_, origin) => {
    const request = createRequest({ origin, "content-type": "application/json" });
    expect((await outcome(() => create(request))).status).toBe(403);
  });

  it("is refused on a stage transition and on an image upload (multipart keeps its type)", async () => {
    const transition = new Request(`${LISTENING}/api/sections/${sectionId}/transitions`, {
      method: "POST",
      body: JSON.stringify({ action: "complete" }),
      headers: { host: OWN_HOST, origin: EVIL, "content-type": "application/json" },
    });
    expect(await outcome(() => calls.route(transitions.POST, transition, { sectionId }))).toEqual({
      status: 403,
      code: "CROSS_ORIGIN",
      wrote: false,
    });

    const form = new FormData();
    form.append("file", new File([PNG], "pixel.png"));
    form.append("sectionId", sectionId);
    const upload = await calls.multipartRequest(form);
    upload.headers.set("origin", EVIL);
    expect(await outcome(() => calls.route(uploads.POST, upload, {}))).toEqual({
      status: 403,
      code: "CROSS_ORIGIN",
      wrote: false,
    });
  });

  it("does not stop reads: a GET answers as before", async () => {
    const read = new Request(`${LISTENING}/api/workspaces/${owner.workspaceId}/initiatives`, {
      headers: { origin: EVIL },
    });
    const response = await calls.route(initiatives.GET, read, { workspaceId: owner.workspaceId });
    expect(response.status).toBe(200);
    const token = new Request(`${LISTENING}/api/collab-token?section=${sectionId}`, {
      headers: { origin: EVIL },
    });
    expect((await calls.route(collabToken.GET, token, {})).status).toBe(200);
  });
});

describe("a JSON route's body", () => {
  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["a look-alike", "application/jsonp"],
    ["none", undefined],
  ])(
    "is refused with 415 when not sent as application/json (%s), writing nothing",
    async (_, type) => {
      const request = createRequest(type ? { "content-type": type } : {});
      if (!type) request.headers.delete("content-type");
      expect(await outcome(() => create(request))).toEqual({
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        wrote: false,
      });
    },
  );

  it("an empty body needs no type: the handler validates {} as before", async () => {
    const request = new Request(`${LISTENING}/api/sections/${sectionId}/transitions`, {
      method: "POST",
    });
    const response = await calls.route(transitions.POST, request, { sectionId });
    expect(response.status).toBe(400);
  });
});

describe("the app's own requests still pass", () => {
  it.each([
    ["no Origin (curl, server-to-server)", {}],
    ["APP_URL's origin", { origin: new URL(env().APP_URL).origin }],
    ["the origin of the Host it was sent to", { origin: `http://${OWN_HOST}` }],
    ["the Host's origin over https (TLS ends at a proxy)", { origin: `https://${OWN_HOST}` }],
    ["the Host in capitals", { origin: `http://${OWN_HOST}`, host: OWN_HOST.toUpperCase() }],
  ])("from %s", async (_, headers: Record<string, string>) => {
    const request = createRequest({
      "content-type": "application/json; charset=utf-8",
      ...headers,
    });
    expect(await outcome(() => create(request))).toMatchObject({ status: 201, wrote: true });
  });

  it("a same-origin image upload", async () => {
    const form = new FormData();
    form.append("file", new File([PNG], "pixel.png"));
    form.append("sectionId", sectionId);
    const upload = await calls.multipartRequest(form);
    upload.headers.set("origin", new URL(env().APP_URL).origin);
    expect((await calls.route(uploads.POST, upload, {})).status).toBe(201);
  });
});
