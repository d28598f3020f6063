import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createInitiative } from "./create-initiative";
import { getInitiative } from "./get-initiative";
import { listInitiatives } from "./list-initiatives";
import { initiativeFor, member, refusal, signUp, snapshot } from "@/test/support/factories";
import { LIMITS } from "@/lib/schemas/limits";
import { seedSectionDocument } from "@/server/data/section/seed-section-document";
import { templateYDoc } from "@/editor/document";

const input = { title: "Instant refunds", customer: "Shoppers returning an item in store" };

describe("creating an initiative", () => {
  it("starts with the press release drafting and the other four stages locked", async () => {
    const owner = await signUp();
    const initiative = await createInitiative({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input,
    });
    const stored = await getInitiative({ userId: owner.id, initiativeId: initiative.id });
    expect(
      stored.sections.map((section) => [section.stage, section.state, section.writable]),
    ).toEqual([
      ["PRESS_RELEASE", "DRAFTING", true],
      ["FAQ", "LOCKED", false],
      ["USER_MANUAL", "LOCKED", false],
      ["MOCKUPS", "LOCKED", false],
      ["FEASIBILITY", "LOCKED", false],
    ]);
    expect(await db().activity.findFirst({ where: { initiativeId: initiative.id } })).toMatchObject(
      { type: "initiative.created", actorId: owner.id },
    );
  });

  it("counts each stage's checks on its template, so opening a stage changes no count", async () => {
    const owner = await signUp();
    const { id } = await createInitiative({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input,
    });
    const counts = () =>
      db().section.findMany({
        where: { initiativeId: id },
        orderBy: { stage: "asc" },
        select: { stage: true, checksPassed: true, checksTotal: true },
      });
    const created = await counts();
    // The FAQ's template passes two of its six checks: its two parts, in order, and its length.
    expect(created.find((section) => section.stage === "FAQ")).toMatchObject({
      checksPassed: 2,
      checksTotal: 6,
    });
    // What the collab server writes when someone first opens each stage.
    for (const { stage } of created) {
      const section = await db().section.findFirstOrThrow({ where: { initiativeId: id, stage } });
      await seedSectionDocument({ sectionId: section.id, document: templateYDoc(stage) });
    }
    expect(await counts()).toEqual(created);
  });

  it("lets an editor create one", async () => {
    const owner = await signUp();
    const editor = await member(owner.workspaceId, "EDITOR");
    await expect(
      createInitiative({ userId: editor.id, workspaceId: owner.workspaceId, input }),
    ).resolves.toMatchObject({ title: input.title });
  });

  it.each(["REVIEWER", "VIEWER"] as const)(
    "refuses a %s with 403 and writes nothing",
    async (role) => {
      const owner = await signUp();
      const person = await member(owner.workspaceId, role);
      const before = await snapshot();
      expect(
        await refusal(
          createInitiative({ userId: person.id, workspaceId: owner.workspaceId, input }),
        ),
      ).toMatchObject({ status: 403 });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("answers 404 for another team's workspace, and writes nothing", async () => {
    const owner = await signUp();
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    expect(
      await refusal(
        createInitiative({ userId: outsider.id, workspaceId: owner.workspaceId, input }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await refusal(
        createInitiative({ userId: outsider.id, workspaceId: "does-not-exist", input }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a missing, blank or oversized title with 400 on the title field", async () => {
    const owner = await signUp();
    const before = await snapshot();
    for (const title of [undefined, "   ", "x".repeat(LIMITS.titleMax + 1)]) {
      const refused = await refusal(
        createInitiative({
          userId: owner.id,
          workspaceId: owner.workspaceId,
          input: { ...input, title },
        }),
      );
      expect(refused).toMatchObject({ status: 400, fields: { title: expect.any(String) } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("reading initiatives", () => {
  it("shows drafts to owners, editors and reviewers, and none to viewers", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner);
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const person = await member(owner.workspaceId, role);
      expect(
        (await listInitiatives({ userId: person.id, workspaceId: owner.workspaceId })).map(
          (i) => i.id,
        ),
      ).toEqual([initiative.id]);
      await expect(
        getInitiative({ userId: person.id, initiativeId: initiative.id }),
      ).resolves.toMatchObject({ id: initiative.id });
    }
    const viewer = await member(owner.workspaceId, "VIEWER");
    expect(await listInitiatives({ userId: viewer.id, workspaceId: owner.workspaceId })).toEqual(
      [],
    );
    expect(
      await refusal(getInitiative({ userId: viewer.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 404 });
  });

  it("hides another team's initiative and workspace with 404", async () => {
    const owner = await signUp();
    const initiative = await initiativeFor(owner);
    const outsider = await signUp("Mallory");
    expect(
      await refusal(getInitiative({ userId: outsider.id, initiativeId: initiative.id })),
    ).toMatchObject({ status: 404 });
    expect(
      await refusal(listInitiatives({ userId: outsider.id, workspaceId: owner.workspaceId })),
    ).toMatchObject({ status: 404 });
  });
});
