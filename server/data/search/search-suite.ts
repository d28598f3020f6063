/**
 * The search tests, run on the configured PostgreSQL (search-workspace.int.test.ts)
 * and on the embedded PGlite (search-embedded.int.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import { db } from "@/server/db";
import { createThread } from "@/server/data/comment/create-thread";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { storeSectionDocument } from "@/server/data/section/store-section-document";
import { liveHub } from "@/server/live/live-hub";
import { plainTextYDoc } from "@/editor/document";
import { toBase64 } from "@/lib/comments/anchor-bytes";
import { serializeMention } from "@/lib/comments/mentions";
import { snippetText } from "@/lib/search/snippet";
import type { SearchResult } from "@/lib/search/types";
import { SEARCH_QUERY_MAX } from "@/lib/schemas/search";
import { anyString } from "@/test/support/bad-input";
import {
  initiativeFor,
  member,
  ownerWithCompletePressRelease,
  ownerWithInitiative,
  refusal,
  signUp,
  write,
} from "@/test/support/factories";
import { searchWorkspace } from "./search-workspace";

afterAll(() => liveHub().stop());

function anchors() {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, "A passage to comment on.");
  const at = (index: number, assoc: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc)));
  return { anchorStart: at(0, 0), anchorEnd: at(9, -1) };
}

const search = (userId: string, workspaceId: string, q: string, limit?: number) =>
  searchWorkspace({ userId, workspaceId, input: { q, limit } });

const kinds = (results: SearchResult[]) => results.map((result) => result.kind);

/**
 * A workspace with one person of each role, an initiative whose press
 * release is published, a draft FAQ, a comment, and an outsider with a
 * workspace of their own holding the same words.
 */
async function world() {
  const { owner, initiative, pressRelease, faq } = await ownerWithCompletePressRelease();
  await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
  await write(faq.id, "Will the quokka refunds work offline? Only when the till is online.");
  const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
  await createThread({
    userId: reviewer.id,
    sectionId: faq.id,
    input: {
      ...anchors(),
      quote: "quokka refunds",
      body: `${serializeMention({ userId: owner.id, name: owner.name })} what does marsupial pricing mean here?`,
    },
  });
  const viewer = await member(owner.workspaceId, "VIEWER", "Vic Viewer");
  const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
  const outsider = await signUp("Oscar Outsider");
  const theirs = await initiativeFor(outsider, "Quokka marsupial Larkspur elsewhere");
  await write(theirs.section("PRESS_RELEASE").id, "quokka marsupial Larkspur everywhere");
  return { owner, reviewer, viewer, editor, outsider, initiative, faq, pressRelease };
}

/** Registers every search test; `propertyRuns` bounds the fast-check property. */
export function searchSuite({ propertyRuns = 300 }: { propertyRuns?: number } = {}) {
  describe("search by role", () => {
    it("shows people who read drafts the stages and comments, and viewers only the published document", async () => {
      const w = await world();
      const ws = w.owner.workspaceId;

      for (const person of [w.owner, w.editor, w.reviewer]) {
        const draft = await search(person.id, ws, "quokka");
        expect(draft.map((r) => [r.kind, r.stage])).toEqual([["stage", "FAQ"]]);
        expect(draft[0]?.href).toBe(`/w/${ws}/i/${w.initiative.id}/faq`);
        const comment = await search(person.id, ws, "marsupial pricing");
        expect(kinds(comment)).toEqual(["comment"]);
        expect(comment[0]).toMatchObject({ stage: "FAQ", authorName: "Rita Reviewer" });
        expect(comment[0]?.href).toMatch(new RegExp(`/faq\\?thread=c[0-9a-z]{24}$`));
        // Mentions read as they do in the comment, not as their markup.
        expect(snippetText(comment[0]?.snippet ?? [])).toContain("Olivia Owner what does");
        expect(snippetText(comment[0]?.snippet ?? [])).not.toContain("](");
      }

      // The viewer: the published press release, never the draft FAQ or the comment.
      expect(await search(w.viewer.id, ws, "quokka")).toEqual([]);
      expect(await search(w.viewer.id, ws, "marsupial")).toEqual([]);
      const published = await search(w.viewer.id, ws, "Larkspur");
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({ kind: "published", href: `/p/${w.initiative.id}` });
      expect(published[0]?.snippet.some((part) => part.match && /larkspur/i.test(part.text))).toBe(
        true,
      );

      // Nobody finds the other workspace's initiative, and its owner finds only their own.
      const ours = await search(w.owner.id, ws, "Larkspur");
      expect(ours.every((r) => r.initiativeId === w.initiative.id)).toBe(true);
      const theirs = await search(w.outsider.id, w.outsider.workspaceId, "quokka marsupial");
      expect(theirs.every((r) => r.initiativeId !== w.initiative.id)).toBe(true);
      expect(theirs.length).toBeGreaterThan(0);
      // …and cannot search ours at all: 404, as for any workspace not theirs.
      expect(await refusal(search(w.outsider.id, ws, "quokka"))).toMatchObject({ status: 404 });
    });

    it("finds only the latest publication for viewers, and marks archived initiatives", async () => {
      const w = await world();
      const ws = w.owner.workspaceId;
      await publishInitiative({ userId: w.owner.id, initiativeId: w.initiative.id, input: {} });
      const published = await search(w.viewer.id, ws, "Larkspur");
      expect(published).toHaveLength(1);
      const latest = await db().publication.findFirstOrThrow({
        where: { initiativeId: w.initiative.id },
        orderBy: { version: "desc" },
      });
      expect(published[0]?.key).toBe(`published:${latest.id}`);

      await db().initiative.update({
        where: { id: w.initiative.id },
        data: { archivedAt: new Date() },
      });
      expect((await search(w.viewer.id, ws, "Larkspur"))[0]?.archived).toBe(true);
      expect((await search(w.owner.id, ws, "quokka"))[0]?.archived).toBe(true);
    });
  });

  describe("ranking", () => {
    it("ranks a title hit above customer answers, and both above stage text", async () => {
      const owner = await signUp("Tess Title");
      const body = await initiativeFor(owner, "Warehouse robots");
      // The body says it over and over, close together: ts_rank alone would rank it high.
      await write(
        body.section("PRESS_RELEASE").id,
        Array.from({ length: 60 }, () => "Gigantic pelican deliveries.").join(" "),
      );
      const customer = await initiativeFor(owner, "Harbour logistics");
      await db().initiative.update({
        where: { id: customer.id },
        data: { customerProblem: "Every pelican delivery is late." },
      });
      const title = await initiativeFor(
        owner,
        "A very long title that mentions a pelican at the end",
      );
      const results = await search(owner.id, owner.workspaceId, "pelican");
      expect(results.map((r) => [r.kind, r.initiativeId])).toEqual([
        ["title", title.id],
        ["customer", customer.id],
        ["stage", body.id],
      ]);
      // A title is shown whole, the matched word marked.
      expect(results[0]?.snippet).toEqual([
        { text: "A very long title that mentions a ", match: false },
        { text: "pelican", match: true },
        { text: " at the end", match: false },
      ]);
      expect(results[0]?.href).toBe(`/w/${owner.workspaceId}/i/${title.id}`);
    });

    it("finds the word being typed by its beginning, and stems finished words", async () => {
      const owner = await signUp("Pat Prefix");
      const initiative = await initiativeFor(owner, "Contactless checkout");
      await write(initiative.section("PRESS_RELEASE").id, "Shoppers were refunded instantly.");
      const hit = async (q: string) =>
        (await search(owner.id, owner.workspaceId, q)).some(
          (r) => r.initiativeId === initiative.id,
        );
      expect(await hit("contactl")).toBe(true);
      expect(await hit("refunds")).toBe(true); // stems to "refund", like "refunded"
      expect(await hit("checkout refun")).toBe(true);
      expect(await hit('"contactless checkout"')).toBe(true);
      expect(await hit("contactless -checkout")).toBe(false);
      expect(await hit("co")).toBe(false); // too short to be a prefix
      expect(await hit("-checkout")).toBe(false); // only a negation: finds nothing
    });
  });

  describe("what the collab server stores", () => {
    it("is found as soon as it is stored", async () => {
      const { owner, pressRelease } = await ownerWithInitiative("Cora Collab");
      const document = plainTextYDoc("The axolotl subscription launches in spring.");
      const { outcome } = await storeSectionDocument({
        sectionId: pressRelease.id,
        document,
        contributors: [owner.id],
      });
      expect(outcome).toBe("written");
      const results = await search(owner.id, owner.workspaceId, "axolotl");
      expect(results.map((r) => [r.kind, r.stage])).toEqual([["stage", "PRESS_RELEASE"]]);
      expect(results[0]?.snippet).toContainEqual({ text: "axolotl", match: true });
    });
  });

  describe("odd and hostile input", () => {
    it("never fails on any query, and refuses only what it must", async () => {
      const { owner } = await ownerWithInitiative("Hana Hostile");
      const odd = [
        "",
        "   ",
        "!!!",
        "&|!():*<->",
        "'",
        '"',
        '"unclosed phrase',
        "or",
        "the and of",
        "-",
        "--x",
        "a:*",
        "foo:*",
        "foo <-> bar",
        "\\",
        "%_",
        "😀 émoji ｆｕｌｌ",
        "\uE000marker\uE001",
        "x".repeat(SEARCH_QUERY_MAX),
      ];
      for (const q of odd)
        await expect(search(owner.id, owner.workspaceId, q)).resolves.toBeDefined();
      expect(
        await refusal(search(owner.id, owner.workspaceId, "x".repeat(SEARCH_QUERY_MAX + 1))),
      ).toMatchObject({ status: 400, fields: { q: expect.any(String) } });
      expect(await refusal(search(owner.id, owner.workspaceId, "a\u0000b"))).toMatchObject({
        status: 400,
        fields: { q: expect.any(String) },
      });
      expect(await refusal(search(owner.id, "not-an-id", "x"))).toMatchObject({ status: 404 });

      await fc.assert(
        fc.asyncProperty(anyString, async (q) => {
          try {
            await search(owner.id, owner.workspaceId, q);
          } catch (error) {
            // Only a 400 on q (too long, NUL, broken characters) is allowed.
            expect(error).toMatchObject({ status: 400, fields: { q: expect.any(String) } });
          }
        }),
        { numRuns: propertyRuns },
      );
    });
  });
}
