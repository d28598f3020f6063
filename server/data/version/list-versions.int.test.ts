/**
 * The history lists a section's versions a page at a time: the newest
 * VERSIONS_LISTED, then the next page after the oldest shown (`before`),
 * until none are left, in one order even where versions share a millisecond.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "@/test/support/fake-auth";

// As in bad-input.int.test.ts: next-auth cannot load here; a fixed signed-in user stands in.
vi.mock("@/server/auth", () => import("@/test/support/fake-auth"));

const { db } = await import("@/server/db");
const { member, ownerWithInitiative, refusal } = await import("@/test/support/factories");
const { jsonRequest, route } = await import("@/test/support/calls");
const { listVersions } = await import("./list-versions");
const { VERSIONS_LISTED } = await import("@/lib/version-view");
const sectionVersions = await import("@/app/api/sections/[sectionId]/versions/route");

/** More than two pages' worth, so the second page is full and the third is not. */
const KEPT = VERSIONS_LISTED * 2 + 5;
const START = Date.parse("2026-11-01T09:00:00Z");

let setup: {
  owner: { id: string; name: string; email: string };
  sectionId: string;
  otherSectionId: string;
  /** Every version's id, newest first. */
  newestFirst: string[];
};

beforeAll(async () => {
  const { owner, pressRelease, faq } = await ownerWithInitiative("Olivia Owner");
  // Every third version shares its millisecond with the one before it:
  // the order, and the page boundaries, fall back to the id.
  const createdAt = (i: number) => new Date(START + Math.floor((i * 2) / 3) * 60_000);
  await db().sectionVersion.createMany({
    data: Array.from({ length: KEPT }, (_, i) => ({
      sectionId: pressRelease.id,
      kind: "AUTO" as const,
      name: `v${i}`,
      ydoc: new Uint8Array([0, 0]),
      content: { type: "doc", content: [] },
      createdAt: createdAt(i),
    })),
  });
  const rows = await db().sectionVersion.findMany({
    where: { sectionId: pressRelease.id },
    select: { id: true, createdAt: true },
  });
  const newestFirst = rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((row) => row.id);
  await db().sectionVersion.create({
    data: {
      sectionId: faq.id,
      kind: "NAMED",
      name: "FAQ draft",
      ydoc: new Uint8Array([0, 0]),
      content: {},
    },
  });
  setup = { owner, sectionId: pressRelease.id, otherSectionId: faq.id, newestFirst };
  session.user = { id: owner.id, name: owner.name, email: owner.email };
});

describe("listing a section's versions", () => {
  it("pages through every version once, newest first, until none are older", async () => {
    const { owner, sectionId, newestFirst } = setup;
    const seen: string[] = [];
    const pages: Array<{ size: number; hasOlder: boolean }> = [];
    let before: string | undefined;
    for (;;) {
      const page = await listVersions({ userId: owner.id, sectionId, input: { before } });
      seen.push(...page.versions.map((version) => version.id));
      pages.push({ size: page.versions.length, hasOlder: page.hasOlder });
      if (!page.hasOlder) break;
      before = page.versions.at(-1)?.id;
    }
    expect(pages).toEqual([
      { size: VERSIONS_LISTED, hasOlder: true },
      { size: VERSIONS_LISTED, hasOlder: true },
      { size: 5, hasOlder: false },
    ]);
    expect(seen).toEqual(newestFirst);
  });

  it("serves the next page through the API from ?before=", async () => {
    const { sectionId, newestFirst } = setup;
    const before = newestFirst[VERSIONS_LISTED - 1];
    const url = `http://localhost/api/sections/${sectionId}/versions?before=${before}`;
    const response = await route(sectionVersions.GET, jsonRequest("GET", undefined, url), {
      sectionId,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { versions: Array<{ id: string }>; hasOlder: boolean };
    expect(body.versions.map((version) => version.id)).toEqual(
      newestFirst.slice(VERSIONS_LISTED, VERSIONS_LISTED * 2),
    );
    expect(body.hasOlder).toBe(true);
  });

  it("refuses a malformed cursor with 400 on before, and another section's version with 404", async () => {
    const { owner, sectionId, otherSectionId } = setup;
    expect(
      await refusal(listVersions({ userId: owner.id, sectionId, input: { before: "v1; drop" } })),
    ).toMatchObject({ status: 400, fields: { before: "Send the id of the oldest version shown" } });
    const other = await db().sectionVersion.findFirstOrThrow({
      where: { sectionId: otherSectionId },
    });
    expect(
      await refusal(listVersions({ userId: owner.id, sectionId, input: { before: other.id } })),
    ).toMatchObject({ status: 404 });
  });

  it("shows nothing, not even whether a cursor exists, to someone outside the workspace", async () => {
    const { sectionId, newestFirst } = setup;
    const { owner: outsider } = await ownerWithInitiative("Oscar Outsider");
    for (const before of [undefined, newestFirst[3], "not-an-id"])
      expect(
        await refusal(listVersions({ userId: outsider.id, sectionId, input: { before } })),
      ).toMatchObject({ status: 404 });
    const viewer = await member(
      (
        await db().section.findUniqueOrThrow({
          where: { id: sectionId },
          select: { initiative: { select: { workspaceId: true } } },
        })
      ).initiative.workspaceId,
      "VIEWER",
      "Vera Viewer",
    );
    expect(await refusal(listVersions({ userId: viewer.id, sectionId }))).toMatchObject({
      status: 404,
    });
  });
});
