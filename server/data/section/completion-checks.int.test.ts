import { describe, expect, it } from "vitest";
import { templateDocument } from "@/editor/templates";
import { db } from "@/server/db";
import { transitionSection } from "./transition-section";
import { updateCustomer } from "@/server/data/initiative/update-customer";
import {
  initiativeFor,
  ownerWithInitiative,
  refusal,
  signUp,
  snapshot,
  write,
  writeReady,
} from "@/test/support/factories";
import { STAGES } from "@/lib/stages";
import { checkStage } from "@/lib/checks";
import { NO_ANSWERS } from "@/lib/customer-questions";
import { READY_DOCUMENTS } from "@/lib/checks/fixtures/ready-documents";
import { jsonYDoc } from "@/editor/document";
import { storeSectionDocument } from "./store-section-document";

const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });

const stateOf = async (sectionId: string) =>
  (await db().section.findUniqueOrThrow({ where: { id: sectionId } })).state;

describe("completing a stage needs its required checks", () => {
  it("refuses a press release that fails its checks with 409 and the failing checks, and changes nothing", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    await write(pressRelease.id, "We are launching something soon.");
    const before = await snapshot();
    const refused = await refusal(complete(owner.id, pressRelease.id));
    expect(refused).toMatchObject({ status: 409, code: "CHECKS_FAILING" });
    expect(refused.checks?.map((check) => check.id)).toEqual(
      expect.arrayContaining(["subheading", "summary", "leader-quote", "customer-quote"]),
    );
    expect(refused.message).toMatch(/^Press release is not ready to complete: /);
    expect(await snapshot()).toEqual(before);
  });

  it("completes a press release that passes every check, and the FAQ unlocks", async () => {
    const { owner, pressRelease, faq } = await ownerWithInitiative();
    await writeReady(pressRelease);
    await complete(owner.id, pressRelease.id);
    expect(await stateOf(pressRelease.id)).toBe("COMPLETE");
    expect(await stateOf(faq.id)).toBe("DRAFTING");
  });

  it("asks for the five customer answers before the press release completes", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const pressRelease = initiative.section("PRESS_RELEASE");
    await writeReady(pressRelease);
    const refused = await refusal(complete(owner.id, pressRelease.id));
    expect(refused.checks?.map((check) => check.id)).toEqual(["customer"]);

    await updateCustomer({
      userId: owner.id,
      initiativeId: initiative.id,
      input: {
        customerProblem: "Refunds take a week to reach their card",
        customerBenefit: "The money is back before they leave",
        customerEvidence: "2,300 support tickets last quarter",
        customerExperience: "Tap the card, see the refund at once",
      },
    });
    await complete(owner.id, pressRelease.id);
    expect(await stateOf(pressRelease.id)).toBe("COMPLETE");
  });

  it("walks all five stages with documents that pass, and refuses each stage written badly", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    for (const stage of STAGES) {
      const section = initiative.section(stage);
      await write(section.id, `${stage} in one line`);
      expect(await refusal(complete(owner.id, section.id))).toMatchObject({ status: 409 });
      await writeReady(section);
      await complete(owner.id, section.id);
      expect(await stateOf(section.id)).toBe("COMPLETE");
    }
  });
});

describe("checks passed, kept for the lists", () => {
  it("are counted when a document is stored, and again when the customer answers change", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const pressRelease = initiative.section("PRESS_RELEASE");
    const counts = async () =>
      db().section.findUniqueOrThrow({
        where: { id: pressRelease.id },
        select: { checksPassed: true, checksTotal: true },
      });
    const empty = checkStage("PRESS_RELEASE", templateDocument("PRESS_RELEASE"), {
      customer: NO_ANSWERS,
    });
    expect(await counts()).toEqual({ checksPassed: empty.passed, checksTotal: empty.total });

    // Stored the way the collab server stores it.
    const document = jsonYDoc(READY_DOCUMENTS.PRESS_RELEASE);
    const stored = await storeSectionDocument({
      sectionId: pressRelease.id,
      document,
      contributors: [owner.id],
    });
    expect(stored.outcome).toBe("written");
    const written = await counts();
    expect(written.checksPassed).toBe(written.checksTotal - 1); // all but the customer answers

    await updateCustomer({
      userId: owner.id,
      initiativeId: initiative.id,
      input: {
        customerProblem: "Refunds take a week",
        customerBenefit: "Money back at once",
        customerEvidence: "Support tickets",
        customerExperience: "Tap and done",
      },
    });
    expect(await counts()).toEqual({
      checksPassed: written.checksTotal,
      checksTotal: written.checksTotal,
    });
  });
});
