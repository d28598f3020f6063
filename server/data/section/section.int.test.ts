import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { transitionSection } from "./transition-section";
import {
  member,
  refusal,
  signUp,
  snapshot,
  write,
  writeDocument,
  writeReady,
  ownerWithInitiative,
} from "@/test/support/factories";
import { templateYDoc } from "@/editor/document";

const statesOf = async (initiativeId: string) =>
  Object.fromEntries(
    (await db().section.findMany({ where: { initiativeId } })).map((section) => [
      section.stage,
      section.state,
    ]),
  );

const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });
const reopen = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "reopen" } });

describe("completing and reopening stages", () => {
  it("completing the press release unlocks the FAQ; reopening re-locks it and keeps its text", async () => {
    const { owner, initiative, pressRelease, faq } = await ownerWithInitiative();
    await writeReady(pressRelease);
    const completed = await complete(owner.id, pressRelease.id);
    expect(completed.changes).toEqual([
      { stage: "PRESS_RELEASE", from: "DRAFTING", to: "COMPLETE" },
      { stage: "FAQ", from: "LOCKED", to: "DRAFTING" },
    ]);
    expect(await statesOf(initiative.id)).toMatchObject({
      PRESS_RELEASE: "COMPLETE",
      FAQ: "DRAFTING",
      USER_MANUAL: "LOCKED",
    });
    expect(
      (await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } })).completedAt,
    ).toBeInstanceOf(Date);

    await write(faq.id, "Who is it for?");
    await reopen(owner.id, pressRelease.id);
    expect(await statesOf(initiative.id)).toMatchObject({
      PRESS_RELEASE: "DRAFTING",
      FAQ: "LOCKED",
    });
    expect((await db().section.findUniqueOrThrow({ where: { id: faq.id } })).text).toBe(
      "Who is it for?",
    );
    const activities = await db().activity.findMany({
      where: { initiativeId: initiative.id },
      orderBy: { createdAt: "asc" },
    });
    expect(activities.map((activity) => activity.type)).toEqual([
      "initiative.created",
      "stage.completed",
      "stage.reopened",
    ]);
  });

  it("walks all five stages; technical feasibility opens only after the four before it", async () => {
    const { owner, initiative } = await ownerWithInitiative();
    for (const stage of ["PRESS_RELEASE", "FAQ", "USER_MANUAL", "MOCKUPS"]) {
      expect((await statesOf(initiative.id)).FEASIBILITY).toBe("LOCKED");
      const section = initiative.section(stage);
      await writeReady(section);
      await complete(owner.id, section.id);
    }
    expect((await statesOf(initiative.id)).FEASIBILITY).toBe("DRAFTING");
  });

  it("refuses to complete a stage nobody has written (never opened, or only its template) with 400", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const before = await snapshot();
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      status: 400,
      code: "EMPTY_BODY",
      fields: { body: expect.any(String) },
    });
    await writeDocument(pressRelease.id, templateYDoc("PRESS_RELEASE"));
    const seeded = await snapshot();
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      status: 400,
      code: "EMPTY_BODY",
    });
    expect(await snapshot()).toEqual(seeded);
    expect(before.sections.length).toBe(seeded.sections.length);
  });

  it("refuses to complete a locked stage with 403", async () => {
    const { owner, faq } = await ownerWithInitiative();
    await write(faq.id, "Written before it was unlocked, somehow");
    const before = await snapshot();
    expect(await refusal(complete(owner.id, faq.id))).toMatchObject({
      status: 403,
      code: "STAGE_LOCKED",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses stale actions with 409: completing twice, reopening a draft", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    expect(await refusal(reopen(owner.id, pressRelease.id))).toMatchObject({ status: 409 });
    await writeReady(pressRelease);
    await complete(owner.id, pressRelease.id);
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({ status: 409 });
  });

  it("applies two simultaneous completions once", async () => {
    const { owner, initiative, pressRelease } = await ownerWithInitiative();
    await writeReady(pressRelease);
    const results = await Promise.allSettled([
      complete(owner.id, pressRelease.id),
      complete(owner.id, pressRelease.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await db().activity.count({
        where: { initiativeId: initiative.id, type: "stage.completed" },
      }),
    ).toBe(1);
  });

  it("refuses an unknown or missing action with 400 on the field", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const before = await snapshot();
    expect(
      await refusal(
        transitionSection({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { action: "publish" },
        }),
      ),
    ).toMatchObject({
      status: 400,
      fields: { action: expect.any(String) },
    });
    expect(
      await refusal(transitionSection({ userId: owner.id, sectionId: pressRelease.id, input: {} })),
    ).toMatchObject({ status: 400 });
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may complete or reopen a stage", () => {
  it("lets an editor complete and reopen", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const editor = await member(owner.workspaceId, "EDITOR");
    await writeReady(pressRelease);
    await complete(editor.id, pressRelease.id);
    expect(await statesOf(pressRelease.initiativeId)).toMatchObject({
      PRESS_RELEASE: "COMPLETE",
      FAQ: "DRAFTING",
    });
    await reopen(editor.id, pressRelease.id);
    expect(await statesOf(pressRelease.initiativeId)).toMatchObject({
      PRESS_RELEASE: "DRAFTING",
      FAQ: "LOCKED",
    });
  });

  it.each([
    ["REVIEWER", 403],
    ["VIEWER", 404],
  ] as const)("refuses a %s with %i, and nothing changes", async (role, status) => {
    const { owner, pressRelease } = await ownerWithInitiative();
    await writeReady(pressRelease);
    const person = await member(owner.workspaceId, role);
    const before = await snapshot();
    expect(await refusal(complete(person.id, pressRelease.id))).toMatchObject({ status });
    expect(await snapshot()).toEqual(before);
    await complete(owner.id, pressRelease.id);
    const afterComplete = await snapshot();
    expect(await refusal(reopen(person.id, pressRelease.id))).toMatchObject({ status });
    expect(await snapshot()).toEqual(afterComplete);
  });

  it("hides another team's section with 404 and changes nothing", async () => {
    const { pressRelease } = await ownerWithInitiative();
    await writeReady(pressRelease);
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    expect(await refusal(complete(outsider.id, pressRelease.id))).toMatchObject({ status: 404 });
    expect(await refusal(complete(outsider.id, "missing"))).toMatchObject({ status: 404 });
    expect(await snapshot()).toEqual(before);
  });
});
