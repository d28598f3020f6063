import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { requestReview } from "./request-review";
import { withdrawReview } from "./withdraw-review";
import { decideReview } from "./decide-review";
import { getSectionReview } from "./get-section-review";
import { transitionSection } from "@/server/data/section/transition-section";
import {
  member,
  ownerWithInitiative,
  refusal,
  requireApprovals,
  signUp,
  snapshot,
  write,
} from "@/test/support/factories";

/**
 * A workspace that requires one approval, with a press release ready for
 * review and one person of every role (and an outsider).
 */
async function team({ required = 1 }: { required?: number } = {}) {
  const { owner, initiative, pressRelease, faq } = await ownerWithInitiative("Olivia Owner", {
    ready: true,
  });
  await requireApprovals(owner.workspaceId, required);
  const [editor, reviewer, secondReviewer, viewer, outsider] = [
    await member(owner.workspaceId, "EDITOR", "Eddie Editor"),
    await member(owner.workspaceId, "REVIEWER", "Rita Reviewer"),
    await member(owner.workspaceId, "REVIEWER", "Rob Reviewer"),
    await member(owner.workspaceId, "VIEWER", "Vic Viewer"),
    await signUp("Mallory Outsider"),
  ];
  return {
    owner,
    initiative,
    pressRelease,
    faq,
    editor,
    reviewer,
    secondReviewer,
    viewer,
    outsider,
  };
}

const stateOf = async (sectionId: string) =>
  (await db().section.findUniqueOrThrow({ where: { id: sectionId } })).state;
const ask = (userId: string, sectionId: string, reviewerIds: string[]) =>
  requestReview({ userId, sectionId, input: { reviewerIds } });
const approve = (userId: string, sectionId: string, note?: string) =>
  decideReview({ userId, sectionId, input: { decision: "approve", note } });
const requestChanges = (userId: string, sectionId: string, note?: string) =>
  decideReview({ userId, sectionId, input: { decision: "requestChanges", note } });
const complete = (userId: string, sectionId: string) =>
  transitionSection({ userId, sectionId, input: { action: "complete" } });

describe("a workspace's approval requirement", () => {
  it("is one approval for a workspace made at sign-up", async () => {
    const { createUser } = await import("@/server/data/user/create-user");
    const { workspaceId } = await createUser({
      input: { name: "Newt", email: `newt-${Date.now()}@example.com`, password: "long enough pw" },
    });
    if (!workspaceId) throw new Error("a sign-up without an invite owns a workspace");
    expect(
      (await db().workspace.findUniqueOrThrow({ where: { id: workspaceId } })).requiredApprovals,
    ).toBe(1);
  });

  it("with one required, refuses to complete from drafting and says to ask for review", async () => {
    const { owner, pressRelease } = await team();
    const before = await snapshot();
    expect(await refusal(complete(owner.id, pressRelease.id))).toMatchObject({
      status: 409,
      code: "REVIEW_REQUIRED",
      message:
        "Request review first: this workspace needs 1 approval before Press release can complete.",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("requesting review", () => {
  it.each(["owner", "editor"] as const)(
    "an %s sends a ready stage to review: frozen, a new round, each reviewer asked and told",
    async (who) => {
      const people = await team();
      const { pressRelease, reviewer, secondReviewer, owner } = people;
      const result = await ask(people[who].id, pressRelease.id, [reviewer.id, secondReviewer.id]);
      expect(result).toMatchObject({
        round: 1,
        changes: [{ stage: "PRESS_RELEASE", from: "DRAFTING", to: "IN_REVIEW" }],
      });
      expect(await stateOf(pressRelease.id)).toBe("IN_REVIEW");
      const reviews = await db().review.findMany({ where: { sectionId: pressRelease.id } });
      expect(
        reviews.map((review) => [review.reviewerId, review.status, review.round]).sort(),
      ).toEqual(
        [
          [reviewer.id, "PENDING", 1],
          [secondReviewer.id, "PENDING", 1],
        ].sort(),
      );
      const notifications = await db().notification.findMany({
        where: { type: "review.requested", workspaceId: owner.workspaceId },
        orderBy: { userId: "asc" },
      });
      expect(notifications.map((notification) => notification.userId).sort()).toEqual(
        [reviewer.id, secondReviewer.id].sort(),
      );
      expect(notifications[0]).toMatchObject({
        actorId: people[who].id,
        workspaceId: owner.workspaceId,
        url: `/w/${owner.workspaceId}/i/${pressRelease.initiativeId}/press-release`,
        data: { stage: "Press release", initiative: "Instant refunds" },
      });
      const activity = await db().activity.findFirstOrThrow({
        where: { type: "review.requested", initiativeId: pressRelease.initiativeId },
      });
      expect(activity).toMatchObject({
        actorId: people[who].id,
        initiativeId: pressRelease.initiativeId,
      });
    },
  );

  it.each([
    ["reviewer", 403],
    ["viewer", 404],
    ["outsider", 404],
  ] as const)("a %s is refused with %i and nothing changes", async (who, status) => {
    const people = await team();
    const before = await snapshot();
    expect(
      await refusal(ask(people[who].id, people.pressRelease.id, [people.editor.id])),
    ).toMatchObject({ status });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses reviewers who are viewers, outsiders or the requester, too few, or none, naming the field", async () => {
    const { owner, pressRelease, editor, reviewer, viewer, outsider } = await team({ required: 2 });
    const before = await snapshot();
    const refused = async (reviewerIds: unknown) =>
      refusal(
        requestReview({ userId: owner.id, sectionId: pressRelease.id, input: { reviewerIds } }),
      );
    expect(await refused([viewer.id, reviewer.id])).toMatchObject({
      status: 400,
      fields: { reviewerIds: "Vic Viewer is a viewer here and cannot review drafts" },
    });
    expect(await refused([outsider.id, reviewer.id])).toMatchObject({
      status: 400,
      fields: { reviewerIds: "Choose reviewers from this workspace's members" },
    });
    expect(await refused([owner.id, reviewer.id])).toMatchObject({
      status: 400,
      fields: { reviewerIds: "Ask someone else: you cannot review your own request" },
    });
    expect(await refused([reviewer.id])).toMatchObject({
      status: 400,
      fields: { reviewerIds: "This workspace needs 2 approvals: choose at least 2 reviewers" },
    });
    expect(await refused([])).toMatchObject({
      status: 400,
      fields: { reviewerIds: expect.any(String) },
    });
    expect(await refused([editor.id, editor.id])).toMatchObject({ status: 400 });
    expect(await refused(["c000000000000000000000000x"])).toMatchObject({ status: 400 });
    expect(await refused("everyone")).toMatchObject({ status: 400 });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a stage whose checks fail (409, with the checks), or one already in review", async () => {
    const { owner, pressRelease, reviewer } = await team();
    await write(pressRelease.id, "Just a headline");
    const before = await snapshot();
    const refused = await refusal(ask(owner.id, pressRelease.id, [reviewer.id]));
    expect(refused).toMatchObject({ status: 409, code: "CHECKS_FAILING" });
    expect(refused.message).toMatch(/^Press release is not ready for review: /);
    expect(refused.checks?.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);

    const ready = await team();
    await ask(ready.owner.id, ready.pressRelease.id, [ready.reviewer.id]);
    expect(
      await refusal(ask(ready.editor.id, ready.pressRelease.id, [ready.secondReviewer.id])),
    ).toMatchObject({ status: 409, code: "ALREADY_IN_REVIEW" });
  });

  it("refuses a locked stage with 403 and an unknown one with 404", async () => {
    const { owner, faq, reviewer } = await team();
    expect(await refusal(ask(owner.id, faq.id, [reviewer.id]))).toMatchObject({
      status: 403,
      code: "STAGE_LOCKED",
    });
    expect(await refusal(ask(owner.id, "nope", [reviewer.id]))).toMatchObject({ status: 404 });
  });
});

describe("deciding", () => {
  it("a requested reviewer approves once; the stage stays frozen until it completes", async () => {
    const { owner, editor, pressRelease, reviewer } = await team();
    await ask(editor.id, pressRelease.id, [reviewer.id]);
    await approve(reviewer.id, pressRelease.id, "Reads well.");
    expect(await stateOf(pressRelease.id)).toBe("IN_REVIEW");
    const review = await getSectionReview({ userId: owner.id, sectionId: pressRelease.id });
    expect(review.facts).toEqual({ required: 1, approvals: 1, changesRequested: 0 });
    expect(review.reviews).toMatchObject([
      { reviewer: { id: reviewer.id }, status: "APPROVED", note: "Reads well." },
    ]);
    // The requester and the initiative's owner are told, never the reviewer.
    const told = await db().notification.findMany({
      where: { type: "review.approved", workspaceId: owner.workspaceId },
    });
    expect(told.map((notification) => notification.userId).sort()).toEqual(
      [editor.id, owner.id].sort(),
    );
    expect(told[0]?.data).toMatchObject({ excerpt: "Reads well." });

    const before = await snapshot();
    expect(await refusal(approve(reviewer.id, pressRelease.id))).toMatchObject({
      status: 409,
      code: "ALREADY_DECIDED",
    });
    expect(await refusal(requestChanges(reviewer.id, pressRelease.id, "Wait"))).toMatchObject({
      status: 409,
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["owner", 403],
    ["editor", 403],
    ["secondReviewer", 403],
    ["viewer", 404],
    ["outsider", 404],
  ] as const)(
    "a %s who was not asked is refused with %i and nothing changes",
    async (who, status) => {
      const people = await team();
      await ask(people.owner.id, people.pressRelease.id, [people.reviewer.id]);
      const before = await snapshot();
      for (const decide of [approve, requestChanges])
        expect(await refusal(decide(people[who].id, people.pressRelease.id, "No"))).toMatchObject({
          status,
        });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("an editor or owner asked to review may decide like a reviewer", async () => {
    const { owner, editor, pressRelease } = await team();
    await ask(owner.id, pressRelease.id, [editor.id]);
    await approve(editor.id, pressRelease.id);
    await complete(owner.id, pressRelease.id);
    expect(await stateOf(pressRelease.id)).toBe("COMPLETE");
  });

  it("requesting changes needs a note, returns the stage to drafting and shows the note", async () => {
    const { owner, editor, pressRelease, reviewer, secondReviewer } = await team();
    await ask(editor.id, pressRelease.id, [reviewer.id, secondReviewer.id]);
    const before = await snapshot();
    expect(await refusal(requestChanges(reviewer.id, pressRelease.id))).toMatchObject({
      status: 400,
      fields: { note: "Say what should change" },
    });
    expect(await refusal(requestChanges(reviewer.id, pressRelease.id, "   "))).toMatchObject({
      status: 400,
      fields: { note: "Say what should change" },
    });
    expect(
      await refusal(requestChanges(reviewer.id, pressRelease.id, "x".repeat(4001))),
    ).toMatchObject({ status: 400, fields: { note: expect.any(String) } });
    expect(await snapshot()).toEqual(before);

    await requestChanges(reviewer.id, pressRelease.id, "  The quote needs a real customer.  ");
    expect(await stateOf(pressRelease.id)).toBe("DRAFTING");
    const review = await getSectionReview({ userId: owner.id, sectionId: pressRelease.id });
    expect(review.changesRequested).toMatchObject([
      {
        reviewer: { id: reviewer.id, name: "Rita Reviewer" },
        note: "The quote needs a real customer.",
        decidedAt: expect.any(Date),
      },
    ]);
    const told = await db().notification.findMany({
      where: { type: "review.changesRequested", workspaceId: owner.workspaceId },
    });
    expect(told.map((notification) => notification.userId).sort()).toEqual(
      [editor.id, owner.id].sort(),
    );
    // The other reviewer's pending review is of a text that is changing: it cannot be answered.
    expect(await refusal(approve(secondReviewer.id, pressRelease.id))).toMatchObject({
      status: 409,
      code: "NOT_IN_REVIEW",
    });
    // A new request starts a new round: the note no longer shows, everyone answers afresh.
    await ask(editor.id, pressRelease.id, [reviewer.id]);
    const again = await getSectionReview({ userId: owner.id, sectionId: pressRelease.id });
    expect(again).toMatchObject({ round: 2, changesRequested: [], state: "IN_REVIEW" });
    expect(again.reviews).toMatchObject([{ reviewer: { id: reviewer.id }, status: "PENDING" }]);
  });

  it("refuses a bad decision with 400", async () => {
    const { owner, pressRelease, reviewer } = await team();
    await ask(owner.id, pressRelease.id, [reviewer.id]);
    expect(
      await refusal(
        decideReview({
          userId: reviewer.id,
          sectionId: pressRelease.id,
          input: { decision: "yes" },
        }),
      ),
    ).toMatchObject({ status: 400, fields: { decision: expect.any(String) } });
  });
});

describe("withdrawing", () => {
  it.each(["owner", "editor"] as const)("an %s takes a stage out of review", async (who) => {
    const people = await team();
    await ask(people.owner.id, people.pressRelease.id, [people.reviewer.id]);
    await withdrawReview({ userId: people[who].id, sectionId: people.pressRelease.id });
    expect(await stateOf(people.pressRelease.id)).toBe("DRAFTING");
    expect(
      await db().activity.count({
        where: { type: "review.withdrawn", initiativeId: people.pressRelease.initiativeId },
      }),
    ).toBe(1);
    // The reviewer, who had not answered, is told it is gone.
    const told = await db().notification.findMany({
      where: { type: "review.withdrawn", workspaceId: people.owner.workspaceId },
    });
    expect(told.map((notification) => [notification.userId, notification.actorId])).toEqual([
      [people.reviewer.id, people[who].id],
    ]);
    // Its pending review can no longer be answered, and shows no note.
    expect(await refusal(approve(people.reviewer.id, people.pressRelease.id))).toMatchObject({
      status: 409,
      code: "NOT_IN_REVIEW",
    });
  });

  it.each([
    ["reviewer", 403],
    ["viewer", 404],
    ["outsider", 404],
  ] as const)("a %s is refused with %i and nothing changes", async (who, status) => {
    const people = await team();
    await ask(people.owner.id, people.pressRelease.id, [people.reviewer.id]);
    const before = await snapshot();
    expect(
      await refusal(withdrawReview({ userId: people[who].id, sectionId: people.pressRelease.id })),
    ).toMatchObject({ status });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a stage that is not in review with 409", async () => {
    const { owner, pressRelease } = await team();
    expect(
      await refusal(withdrawReview({ userId: owner.id, sectionId: pressRelease.id })),
    ).toMatchObject({ status: 409, code: "NOT_IN_REVIEW" });
  });
});

describe("reading a review", () => {
  it("is for those who may read drafts; only owners and editors see who could review", async () => {
    const { owner, editor, reviewer, viewer, outsider, pressRelease, secondReviewer } =
      await team();
    const asOwner = await getSectionReview({ userId: owner.id, sectionId: pressRelease.id });
    expect(asOwner.eligibleReviewers.map((person) => [person.name, person.role])).toEqual([
      ["Eddie Editor", "EDITOR"],
      ["Rita Reviewer", "REVIEWER"],
      ["Rob Reviewer", "REVIEWER"],
    ]);
    expect(
      (await getSectionReview({ userId: editor.id, sectionId: pressRelease.id })).eligibleReviewers
        .map((person) => person.id)
        .sort(),
    ).toEqual([owner.id, reviewer.id, secondReviewer.id].sort());
    expect(
      (await getSectionReview({ userId: reviewer.id, sectionId: pressRelease.id }))
        .eligibleReviewers,
    ).toEqual([]);
    for (const person of [viewer, outsider])
      expect(
        await refusal(getSectionReview({ userId: person.id, sectionId: pressRelease.id })),
      ).toMatchObject({ status: 404 });
  });
});
