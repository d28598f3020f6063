import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { transitionSection } from "./transition-section";
import { updateSectionBody } from "./update-section-body";
import { initiativeFor, member, refusal, signUp, snapshot } from "@/test/support/factories";
import { LIMITS } from "@/lib/schemas/limits";

const statesOf = async (initiativeId: string) =>
  Object.fromEntries(
    (await db().section.findMany({ where: { initiativeId } })).map((section) => [
      section.stage,
      section.state,
    ]),
  );

async function setup() {
  const owner = await signUp();
  const initiative = await initiativeFor(owner);
  const pressRelease = initiative.section("PRESS_RELEASE");
  const faq = initiative.section("FAQ");
  return { owner, initiative, pressRelease, faq };
}

describe("writing and completing stages", () => {
  it("completing the press release unlocks the FAQ; reopening re-locks it and keeps its text", async () => {
    const { owner, initiative, pressRelease, faq } = await setup();
    await updateSectionBody({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { body: "Today we launch…" },
    });
    const completed = await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
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

    await updateSectionBody({
      userId: owner.id,
      sectionId: faq.id,
      input: { body: "Q: Who is it for?" },
    });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "reopen" },
    });
    expect(await statesOf(initiative.id)).toMatchObject({
      PRESS_RELEASE: "DRAFTING",
      FAQ: "LOCKED",
    });
    const faqAfter = await db().section.findUniqueOrThrow({ where: { id: faq.id } });
    expect(faqAfter.body).toBe("Q: Who is it for?");
    expect(
      (
        await db().activity.findMany({
          where: { initiativeId: initiative.id },
          orderBy: { createdAt: "asc" },
        })
      ).map((a) => a.type),
    ).toEqual(["initiative.created", "stage.completed", "stage.reopened"]);
  });

  it("walks all five stages; technical feasibility opens only after the four before it", async () => {
    const { owner, initiative } = await setup();
    for (const stage of ["PRESS_RELEASE", "FAQ", "USER_MANUAL", "MOCKUPS"]) {
      expect((await statesOf(initiative.id)).FEASIBILITY).toBe("LOCKED");
      const section = initiative.section(stage);
      await updateSectionBody({
        userId: owner.id,
        sectionId: section.id,
        input: { body: `${stage} text` },
      });
      await transitionSection({
        userId: owner.id,
        sectionId: section.id,
        input: { action: "complete" },
      });
    }
    expect((await statesOf(initiative.id)).FEASIBILITY).toBe("DRAFTING");
  });

  it("refuses to complete an empty stage with 400 on the body", async () => {
    const { owner, pressRelease } = await setup();
    await updateSectionBody({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { body: "   \n " },
    });
    const before = await snapshot();
    expect(
      await refusal(
        transitionSection({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { action: "complete" },
        }),
      ),
    ).toMatchObject({
      status: 400,
      code: "EMPTY_BODY",
      fields: { body: expect.any(String) },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to complete or write a locked stage with 403, and to write a completed one", async () => {
    const { owner, pressRelease, faq } = await setup();
    const before = await snapshot();
    expect(
      await refusal(
        transitionSection({ userId: owner.id, sectionId: faq.id, input: { action: "complete" } }),
      ),
    ).toMatchObject({
      status: 403,
      code: "STAGE_LOCKED",
    });
    expect(
      await refusal(
        updateSectionBody({ userId: owner.id, sectionId: faq.id, input: { body: "sneaky" } }),
      ),
    ).toMatchObject({
      status: 403,
      code: "READ_ONLY",
    });
    expect(await snapshot()).toEqual(before);

    await updateSectionBody({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { body: "Done." },
    });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    expect(
      await refusal(
        updateSectionBody({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { body: "changed" },
        }),
      ),
    ).toMatchObject({
      status: 403,
    });
    expect((await db().section.findUniqueOrThrow({ where: { id: pressRelease.id } })).body).toBe(
      "Done.",
    );
  });

  it("refuses stale actions with 409: completing twice, reopening a draft", async () => {
    const { owner, pressRelease } = await setup();
    expect(
      await refusal(
        transitionSection({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { action: "reopen" },
        }),
      ),
    ).toMatchObject({ status: 409 });
    await updateSectionBody({ userId: owner.id, sectionId: pressRelease.id, input: { body: "x" } });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    expect(
      await refusal(
        transitionSection({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { action: "complete" },
        }),
      ),
    ).toMatchObject({ status: 409 });
  });

  it("applies two simultaneous completions once", async () => {
    const { owner, initiative, pressRelease } = await setup();
    await updateSectionBody({ userId: owner.id, sectionId: pressRelease.id, input: { body: "x" } });
    const results = await Promise.allSettled([
      transitionSection({
        userId: owner.id,
        sectionId: pressRelease.id,
        input: { action: "complete" },
      }),
      transitionSection({
        userId: owner.id,
        sectionId: pressRelease.id,
        input: { action: "complete" },
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await db().activity.count({
        where: { initiativeId: initiative.id, type: "stage.completed" },
      }),
    ).toBe(1);
  });

  it("refuses bad input: unknown action, non-text body, oversized body", async () => {
    const { owner, pressRelease } = await setup();
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
    expect(
      await refusal(
        updateSectionBody({ userId: owner.id, sectionId: pressRelease.id, input: { body: 7 } }),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      await refusal(
        updateSectionBody({
          userId: owner.id,
          sectionId: pressRelease.id,
          input: { body: "x".repeat(LIMITS.bodyMax + 1) },
        }),
      ),
    ).toMatchObject({ status: 413, fields: { body: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may change a stage", () => {
  it("lets an editor write, complete and reopen", async () => {
    const { owner, pressRelease } = await setup();
    const editor = await member(owner.workspaceId, "EDITOR");
    await updateSectionBody({
      userId: editor.id,
      sectionId: pressRelease.id,
      input: { body: "Editor's draft" },
    });
    await transitionSection({
      userId: editor.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    await transitionSection({
      userId: editor.id,
      sectionId: pressRelease.id,
      input: { action: "reopen" },
    });
  });

  it.each([
    ["REVIEWER", 403],
    ["VIEWER", 404],
  ] as const)("refuses a %s every change with %i, and nothing changes", async (role, status) => {
    const { owner, pressRelease } = await setup();
    await updateSectionBody({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { body: "Owner's draft" },
    });
    const person = await member(owner.workspaceId, role);
    const before = await snapshot();
    expect(
      await refusal(
        updateSectionBody({
          userId: person.id,
          sectionId: pressRelease.id,
          input: { body: "mine now" },
        }),
      ),
    ).toMatchObject({ status });
    expect(
      await refusal(
        transitionSection({
          userId: person.id,
          sectionId: pressRelease.id,
          input: { action: "complete" },
        }),
      ),
    ).toMatchObject({ status });
    await transitionSection({
      userId: owner.id,
      sectionId: pressRelease.id,
      input: { action: "complete" },
    });
    const afterComplete = await snapshot();
    expect(
      await refusal(
        transitionSection({
          userId: person.id,
          sectionId: pressRelease.id,
          input: { action: "reopen" },
        }),
      ),
    ).toMatchObject({ status });
    expect(await snapshot()).toEqual(afterComplete);
    expect(before.sections.find((s) => s.id === pressRelease.id)?.body).toBe("Owner's draft");
  });

  it("hides another team's section with 404 and changes nothing", async () => {
    const { pressRelease } = await setup();
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    expect(
      await refusal(
        updateSectionBody({
          userId: outsider.id,
          sectionId: pressRelease.id,
          input: { body: "x" },
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await refusal(
        transitionSection({
          userId: outsider.id,
          sectionId: pressRelease.id,
          input: { action: "complete" },
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await refusal(
        transitionSection({
          userId: outsider.id,
          sectionId: "missing",
          input: { action: "complete" },
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await snapshot()).toEqual(before);
  });
});
