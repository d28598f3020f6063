import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { plainTextYDoc } from "@/editor/document";
import { storeSectionDocument } from "./store-section-document";
import { member, ownerWithInitiative } from "@/test/support/factories";

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
