import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { transitionSection } from "@/server/data/section/transition-section";
import { publishInitiative } from "@/server/data/publication/publish-initiative";
import { member, ownerWithInitiative, refusal, signUp, write } from "@/test/support/factories";
import { getInitiativeDocument } from "./get-initiative-document";

describe("the document view's data", () => {
  it("is every stage in order with its stored content and state, for a reviewer too", async () => {
    const { owner, initiative, pressRelease, faq } = await ownerWithInitiative("Olivia Owner", {
      ready: true,
    });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    await write(faq.id, "Do I need the receipt? No.");
    const reviewer = await member(owner.workspaceId, "REVIEWER");

    const read = await getInitiativeDocument({ userId: reviewer.id, initiativeId: initiative.id });
    expect(read.initiative).toMatchObject({ id: initiative.id, title: "Instant refunds" });
    expect(read.customer.customer).toBe(initiative.customer);
    const stored = await db().section.findMany({ where: { initiativeId: initiative.id } });
    const storedContent = Object.fromEntries(stored.map((s) => [s.stage, s.content]));
    expect(read.parts.map((part) => [part.stage, part.state, part.written])).toEqual([
      ["PRESS_RELEASE", "COMPLETE", true],
      ["FAQ", "DRAFTING", true],
      ["USER_MANUAL", "LOCKED", false],
      ["MOCKUPS", "LOCKED", false],
      ["FEASIBILITY", "LOCKED", false],
    ]);
    for (const part of read.parts) expect(part.content).toEqual(storedContent[part.stage] ?? null);
    // Drafts are read too: the reviewer gets what the FAQ holds now.
    expect(JSON.stringify(read.parts[1]?.content)).toContain("Do I need the receipt? No.");
    expect(read.initiative.actor).toMatchObject({ role: "REVIEWER" });
    expect(read.publications).toEqual([]);
  });

  it("lists the published versions newest first, with who published them", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative("Olivia Owner", {
      ready: true,
    });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    await publishInitiative({ userId: owner.id, initiativeId: initiative.id, input: {} });
    await publishInitiative({
      userId: editor.id,
      initiativeId: initiative.id,
      input: { note: "For the Tuesday review" },
    });
    const read = await getInitiativeDocument({ userId: owner.id, initiativeId: initiative.id });
    expect(read.publications.map((p) => [p.version, p.note, p.publishedBy.name])).toEqual([
      [2, "For the Tuesday review", "Eddie Editor"],
      [1, "", "Olivia Owner"],
    ]);
    expect(read.initiative.publishedVersion).toBe(2);
  });

  it("answers 404 to a viewer and to someone outside the workspace: drafts stay private", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Mallory");
    for (const person of [viewer, outsider]) {
      expect(
        await refusal(getInitiativeDocument({ userId: person.id, initiativeId: initiative.id })),
      ).toMatchObject({ status: 404 });
    }
  });
});
