import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createInitiative } from "./create-initiative";
import { updateCustomer } from "./update-customer";
import { initiativeFor, member, refusal, signUp, snapshot } from "@/test/support/factories";
import { LIMITS } from "@/lib/schemas/limits";
import { UNSTORABLE_TEXT } from "@/lib/schemas/text";

const answers = {
  customerProblem: "Refunds take a week to reach the card",
  customerBenefit: "The money is back before they leave",
};

const stored = (id: string) =>
  db().initiative.findUniqueOrThrow({
    where: { id },
    select: {
      customer: true,
      customerProblem: true,
      customerBenefit: true,
      customerEvidence: true,
      customerExperience: true,
    },
  });

describe("creating an initiative with the customer questions", () => {
  it("needs only who the customer is, and stores the other answers empty", async () => {
    const owner = await signUp();
    const { id } = await createInitiative({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { title: "Refunds", customer: "Shoppers" },
    });
    expect(await stored(id)).toEqual({
      customer: "Shoppers",
      customerProblem: "",
      customerBenefit: "",
      customerEvidence: "",
      customerExperience: "",
    });
  });

  it("stores the optional answers given at creation", async () => {
    const owner = await signUp();
    const { id } = await createInitiative({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { title: "Refunds", customer: "Shoppers", ...answers },
    });
    expect(await stored(id)).toMatchObject(answers);
  });
});

describe("updating the customer answers", () => {
  it("saves an editor's answers, trims them, leaves the rest, and records the change", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const editor = await member(owner.workspaceId, "EDITOR");
    await updateCustomer({
      userId: editor.id,
      initiativeId: initiative.id,
      input: { ...answers, customerEvidence: "  2,300 tickets  " },
    });
    expect(await stored(initiative.id)).toMatchObject({
      ...answers,
      customerEvidence: "2,300 tickets",
      customerExperience: "",
    });
    expect(
      await db().activity.findFirst({
        where: { initiativeId: initiative.id, type: "initiative.customerUpdated" },
      }),
    ).toMatchObject({ actorId: editor.id });
  });

  it.each([
    ["customerProblem", "x".repeat(LIMITS.customerAnswerMax + 1)],
    ["customerExperience", "a\u0000b"],
    ["customerBenefit", "x\ud800"],
    ["customer", "x".repeat(LIMITS.customerMax + 1)],
    ["customer", "   "],
    ["customerEvidence", 42],
  ])("refuses %s %#: 400 naming the field, nothing written", async (field, value) => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const before = await snapshot();
    const refused = await refusal(
      updateCustomer({ userId: owner.id, initiativeId: initiative.id, input: { [field]: value } }),
    );
    expect(refused).toMatchObject({ status: 400, fields: { [field]: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it("names the unstorable character in the refusal", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    expect(
      await refusal(
        updateCustomer({
          userId: owner.id,
          initiativeId: initiative.id,
          input: { customerProblem: "\u0000" },
        }),
      ),
    ).toMatchObject({ status: 400, fields: { customerProblem: UNSTORABLE_TEXT } });
  });

  it.each([
    ["REVIEWER", 403],
    ["VIEWER", 404],
  ] as const)("refuses a %s with %i and writes nothing", async (role, status) => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const person = await member(owner.workspaceId, role);
    const before = await snapshot();
    expect(
      await refusal(
        updateCustomer({ userId: person.id, initiativeId: initiative.id, input: answers }),
      ),
    ).toMatchObject({ status });
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 to an outsider and to ids that do not exist, and writes nothing", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner, "Instant refunds", { answered: false });
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    for (const initiativeId of [initiative.id, "does-not-exist", "c000000000000000000000000"]) {
      expect(
        await refusal(updateCustomer({ userId: outsider.id, initiativeId, input: answers })),
      ).toMatchObject({ status: 404 });
    }
    expect(await snapshot()).toEqual(before);
  });
});
