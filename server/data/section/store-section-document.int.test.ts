import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { jsonYDoc, plainTextYDoc } from "@/editor/document";
import { checkCounts } from "@/lib/checks";
import { READY_CUSTOMER, READY_DOCUMENTS } from "@/lib/checks/fixtures/ready-documents";
import { storeSectionDocument } from "./store-section-document";
import { initiativeFor, member, ownerWithInitiative, signUp } from "@/test/support/factories";

const updatedAt = async (initiativeId: string) =>
  (await db().initiative.findUniqueOrThrow({ where: { id: initiativeId } })).updatedAt;

describe("storing a section's document", () => {
  it("marks the initiative updated when it writes, and not when it is refused", async () => {
    const { owner, initiative, pressRelease, faq } = await ownerWithInitiative();
    const old = new Date("2026-01-01T00:00:00Z");
    await db().initiative.update({ where: { id: initiative.id }, data: { updatedAt: old } });

    // The FAQ is locked until the press release completes: nothing is written.
    const refused = await storeSectionDocument({
      sectionId: faq.id,
      document: plainTextYDoc("Too early"),
      contributors: [owner.id],
    });
    expect(refused.outcome).toBe("refused");
    // A reviewer's edits are refused too.
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const byReviewer = await storeSectionDocument({
      sectionId: pressRelease.id,
      document: plainTextYDoc("Not mine to write"),
      contributors: [reviewer.id],
    });
    expect(byReviewer.outcome).toBe("refused");
    expect(await updatedAt(initiative.id)).toEqual(old);

    const written = await storeSectionDocument({
      sectionId: pressRelease.id,
      document: plainTextYDoc("Refunds at the counter"),
      contributors: [owner.id],
    });
    expect(written.outcome).toBe("written");
    expect(await updatedAt(initiative.id)).toEqual(written.savedAt);
  });
});

describe("a store with the context of the previous one", () => {
  it("counts the checks again when the customer answers changed in between", async () => {
    const owner = await signUp("Quinn Questions");
    // Only "who" is answered when the document is opened.
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const pressRelease = initiative.section("PRESS_RELEASE");
    const document = jsonYDoc(READY_DOCUMENTS.PRESS_RELEASE);
    const first = await storeSectionDocument({
      sectionId: pressRelease.id,
      document,
      contributors: [owner.id],
    });
    expect(first.outcome).toBe("written");
    const before = first.context;
    if (!before) throw new Error("the store returned no context");

    // Someone answers the customer questions while the document is open.
    await db().initiative.update({ where: { id: initiative.id }, data: READY_CUSTOMER });
    const withOld = checkCounts("PRESS_RELEASE", READY_DOCUMENTS.PRESS_RELEASE, before);
    const withNew = checkCounts("PRESS_RELEASE", READY_DOCUMENTS.PRESS_RELEASE, {
      customer: READY_CUSTOMER,
    });
    expect(withNew.checksPassed).toBeGreaterThan(withOld.checksPassed);

    const second = await storeSectionDocument({
      sectionId: pressRelease.id,
      document,
      contributors: [owner.id],
      context: before,
    });
    expect(second.outcome).toBe("written");
    expect(second.context?.customer).toEqual(READY_CUSTOMER);
    const stored = await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } });
    expect(stored.checksPassed).toBe(withNew.checksPassed);
    expect(stored.savedAt).toEqual(second.savedAt);
  });

  it("is refused, not retried, when the guard refuses it with the answers unchanged", async () => {
    const { owner, faq } = await ownerWithInitiative();
    const first = await storeSectionDocument({
      sectionId: faq.id,
      document: plainTextYDoc("Too early"),
      contributors: [owner.id],
    });
    expect(first.outcome).toBe("refused");
    const again = await storeSectionDocument({
      sectionId: faq.id,
      document: plainTextYDoc("Still too early"),
      contributors: [owner.id],
      context: first.context,
    });
    expect(again.outcome).toBe("refused");
    const stored = await db().section.findUniqueOrThrow({ where: { id: faq.id } });
    expect(stored.text).not.toContain("early");
  });
});
