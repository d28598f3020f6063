/**
 * GET /api/search as the palette calls it: the answers for each kind of
 * caller, and no 5xx for any query string.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";

// As in bad-input.int.test.ts: next-auth cannot load here; a fixed signed-in user stands in.
vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));

const factories = await import("@/test/support/factories");
const bad = await import("@/test/support/bad-input");
const { jsonRequest, route, expectSafe } = await import("@/test/support/calls");
const search = await import("@/app/api/search/route");

let owner: Awaited<ReturnType<typeof factories.signUp>>;
let outsider: Awaited<ReturnType<typeof factories.signUp>>;

beforeAll(async () => {
  owner = await factories.signUp("Rhea Route");
  outsider = await factories.signUp("Otto Outsider");
  const initiative = await factories.initiativeFor(owner, "Pangolin pricing");
  await factories.write(initiative.section("PRESS_RELEASE").id, "Pangolins pay less on Tuesdays.");
});

function get(params: Record<string, string>) {
  const url = new URL("http://localhost/api/search");
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return route(search.GET, jsonRequest("GET", undefined, url.href), {});
}

const signIn = (user: { id: string; name: string; email: string }) => {
  session.user = { id: user.id, name: user.name, email: user.email };
};

describe("GET /api/search", () => {
  it("answers members with results, and everyone else as the rest of the API does", async () => {
    signIn(owner);
    const found = await get({ workspace: owner.workspaceId, q: "pangolin", limit: "8" });
    expect(found.status).toBe(200);
    expect(found.headers.get("cache-control")).toBe("no-store");
    const body = (await found.json()) as { results: { kind: string; href: string }[] };
    expect(body.results.map((result) => result.kind)).toEqual(["title", "stage"]);

    const long = await get({ workspace: owner.workspaceId, q: "x".repeat(201) });
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ error: { fields: { q: expect.any(String) } } });
    expect((await get({ workspace: owner.workspaceId, q: "x", limit: "500" })).status).toBe(400);

    signIn(outsider);
    expect((await get({ workspace: owner.workspaceId, q: "pangolin" })).status).toBe(404);
    expect((await get({ q: "pangolin" })).status).toBe(404);
    session.user = undefined;
    expect((await get({ workspace: owner.workspaceId, q: "pangolin" })).status).toBe(401);
  });

  it("never answers 5xx, whatever the query string", async () => {
    signIn(owner);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(bad.anyString, fc.constant(owner.workspaceId)),
        bad.anyString,
        fc.oneof(bad.anyString, fc.integer().map(String)),
        async (workspace, q, limit) => {
          await expectSafe(async () => (await get({ workspace, q, limit })).status);
        },
      ),
      { numRuns: 100 },
    );
  });
});
