import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { requestReview } from "./request-review";
import { decideReview } from "./decide-review";
import { getSectionReview } from "./get-section-review";
import { transitionSection } from "@/server/data/section/transition-section";
import { updateWorkspaceSettings } from "@/server/data/workspace/update-workspace-settings";
import { updateMemberRole } from "@/server/data/membership/update-member-role";
import { listInitiativeParticipants } from "@/server/data/initiative/list-initiative-participants";
import { liveHub, type LiveMessage } from "@/server/live/live-hub";
import { sectionTopic } from "@/lib/live-events";
import {
  member,
  ownerWithInitiative,
  refusal,
  requireApprovals,
  signUp,
  snapshot,
} from "@/test/support/factories";

afterAll(() => liveHub().stop());

const ask = (userId: string, sectionId: string, reviewerIds: string[]) =>
  requestReview({ userId, sectionId, input: { reviewerIds } });
const approve = (userId: string, sectionId: string) =>
  decideReview({ userId, sectionId, input: { decision: "approve" } });
const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });
const reopen = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "reopen" } });
const stateOf = async (sectionId: string) =>
  (await db().section.findUniqueOrThrow({ where: { id: sectionId } })).state;

async function team(required: number) {
  const made = await ownerWithInitiative("Olivia Owner", { ready: true });
  await requireApprovals(made.owner.workspaceId, required);
  return {
    ...made,
    editor: await member(made.owner.workspaceId, "EDITOR", "Eddie Editor"),
    reviewer: await member(made.owner.workspaceId, "REVIEWER", "Rita Reviewer"),
    second: await member(made.owner.workspaceId, "REVIEWER", "Rob Reviewer"),
    viewer: await member(made.owner.workspaceId, "VIEWER", "Vic Viewer"),
  };
}

describe("completing after review", () => {
  it("one approval required: request, approve, complete; the FAQ unlocks", async () => {
    const { owner, editor, reviewer, pressRelease, faq } = await team(1);
    await ask(editor.id, pressRelease.id, [reviewer.id]);
    expect(await refusal(complete(editor.id, pressRelease.id))).toMatchObject({
      status: 409,
      code: "APPROVALS_MISSING",
      message: "Press release needs 1 approval to complete; it has 0.",
    });
    await approve(reviewer.id, pressRelease.id);
    await complete(editor.id, pressRelease.id);
    expect([await stateOf(pressRelease.id), await stateOf(faq.id)]).toEqual([
      "COMPLETE",
      "DRAFTING",
    ]);
    expect(
      (await getSectionReview({ userId: owner.id, sectionId: pressRelease.id })).facts.approvals,
    ).toBe(1);
  });

  it("two approvals required: one is not enough", async () => {
    const { owner, reviewer, second, pressRelease } = await team(2);
    await ask(owner.id, pressRelease.id, [reviewer.id, second.id]);
    await approve(reviewer.id, pressRelease.id);
    const before = await snapshot();
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      code: "APPROVALS_MISSING",
      message: "Press release needs 2 approvals to complete; it has 1.",
    });
    expect(await snapshot()).toEqual(before);
    await approve(second.id, pressRelease.id);
    await complete(owner.id, pressRelease.id);
    expect(await stateOf(pressRelease.id)).toBe("COMPLETE");
  });

  it("none required: completes straight from drafting", async () => {
    const { owner, pressRelease } = await team(0);
    await complete(owner.id, pressRelease.id);
    expect(await stateOf(pressRelease.id)).toBe("COMPLETE");
  });

  it("reopening clears the approvals: completing again needs a new review", async () => {
    const { owner, reviewer, pressRelease } = await team(1);
    await ask(owner.id, pressRelease.id, [reviewer.id]);
    await approve(reviewer.id, pressRelease.id);
    await complete(owner.id, pressRelease.id);
    await reopen(owner.id, pressRelease.id);
    const review = await getSectionReview({ userId: owner.id, sectionId: pressRelease.id });
    expect(review).toMatchObject({
      state: "DRAFTING",
      round: 2,
      reviews: [],
      changesRequested: [],
      facts: { required: 1, approvals: 0, changesRequested: 0 },
    });
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      code: "REVIEW_REQUIRED",
    });
    await ask(owner.id, pressRelease.id, [reviewer.id]);
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      code: "APPROVALS_MISSING",
    });
  });

  it("tells every page showing the stage, at commit", async () => {
    const { owner, reviewer, pressRelease } = await team(1);
    const heard: LiveMessage[] = [];
    const stop = liveHub().subscribe([sectionTopic(pressRelease.id)], (message) =>
      heard.push(message),
    );
    await liveHub().started();
    await ask(owner.id, pressRelease.id, [reviewer.id]);
    await approve(reviewer.id, pressRelease.id);
    const deadline = Date.now() + 5_000;
    while (heard.length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(heard).toEqual([
      { topic: sectionTopic(pressRelease.id), kind: "review" },
      { topic: sectionTopic(pressRelease.id), kind: "review" },
    ]);
  });
});

describe("stage changes are news for the people who work on the initiative", () => {
  it("completing and reopening tell the owner, writers and reviewers, not viewers or the actor", async () => {
    const { owner, editor, reviewer, second, viewer, pressRelease, initiative } = await team(1);
    await ask(editor.id, pressRelease.id, [reviewer.id]);
    await approve(reviewer.id, pressRelease.id);
    expect((await listInitiativeParticipants({ initiativeId: initiative.id })).sort()).toEqual(
      [owner.id, editor.id, reviewer.id].sort(),
    );

    await complete(editor.id, pressRelease.id);
    const completed = await db().notification.findMany({
      where: { type: "stage.completed", workspaceId: owner.workspaceId },
    });
    expect(completed.map((notification) => notification.userId).sort()).toEqual(
      [owner.id, reviewer.id].sort(),
    );
    expect(completed[0]).toMatchObject({
      actorId: editor.id,
      url: `/w/${owner.workspaceId}/i/${initiative.id}/press-release`,
      data: { stage: "Press release", initiative: "Instant refunds" },
    });

    const membership = await db().membership.findFirstOrThrow({
      where: { userId: reviewer.id, workspaceId: owner.workspaceId },
    });
    await updateMemberRole({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      membershipId: membership.id,
      input: { role: "VIEWER" },
    });
    await reopen(owner.id, pressRelease.id);
    const reopened = await db().notification.findMany({
      where: { type: "stage.reopened", workspaceId: owner.workspaceId },
    });
    // The reviewer, a viewer now, reads no drafts: not told. Nor are those who never took part.
    expect(reopened.map((notification) => notification.userId)).toEqual([editor.id]);
    const told = [...completed, ...reopened].map((notification) => notification.userId);
    expect(told).not.toContain(viewer.id);
    expect(told).not.toContain(second.id);
  });
});

describe("the approval setting", () => {
  it("an owner sets 0, 1 or 2; it is recorded", async () => {
    const owner = await signUp("Olivia Owner");
    await updateWorkspaceSettings({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { requiredApprovals: 2 },
    });
    expect(
      (await db().workspace.findUniqueOrThrow({ where: { id: owner.workspaceId } }))
        .requiredApprovals,
    ).toBe(2);
    // From a form, the digit.
    await updateWorkspaceSettings({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      input: { requiredApprovals: "1" },
    });
    expect(
      await db().activity.findMany({
        where: { workspaceId: owner.workspaceId, type: "workspace.settingsChanged" },
        orderBy: { createdAt: "asc" },
        select: { data: true },
      }),
    ).toEqual([
      { data: { requiredApprovals: { from: 0, to: 2 } } },
      { data: { requiredApprovals: { from: 2, to: 1 } } },
    ]);
  });

  it("refuses other roles (403), outsiders (404) and other numbers (400), changing nothing", async () => {
    const owner = await signUp("Olivia Owner");
    const outsider = await signUp("Mallory");
    const before = await snapshot();
    for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
      const person = await member(owner.workspaceId, role);
      const after = await snapshot();
      expect(
        await refusal(
          updateWorkspaceSettings({
            userId: person.id,
            workspaceId: owner.workspaceId,
            input: { requiredApprovals: 2 },
          }),
        ),
      ).toMatchObject({ status: 403 });
      expect(await snapshot()).toEqual(after);
    }
    const settled = await snapshot();
    expect(
      await refusal(
        updateWorkspaceSettings({
          userId: outsider.id,
          workspaceId: owner.workspaceId,
          input: { requiredApprovals: 2 },
        }),
      ),
    ).toMatchObject({ status: 404 });
    for (const requiredApprovals of [3, -1, 1.5, "", "two", null])
      expect(
        await refusal(
          updateWorkspaceSettings({
            userId: owner.id,
            workspaceId: owner.workspaceId,
            input: { requiredApprovals },
          }),
        ),
      ).toMatchObject({ status: 400, fields: { requiredApprovals: "Choose 0, 1 or 2 approvals" } });
    expect(await snapshot()).toEqual(settled);
    expect(settled.workspaces.find((workspace) => workspace.id === owner.workspaceId)).toEqual(
      before.workspaces.find((workspace) => workspace.id === owner.workspaceId),
    );
  });
});
