import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listInitiativeActivity } from "./list-initiative-activity";
import { transitionSection } from "@/server/data/section/transition-section";
import { liveHub } from "@/server/live/live-hub";
import { initiativeFor, member, refusal, signUp, writeReady } from "@/test/support/factories";
import { ZTimelineCursorSchema } from "@/lib/schemas/dashboard";
import { activitySentence } from "@/lib/activity-text";

afterAll(() => liveHub().stop());

const SECOND = 1000;

async function story() {
  const owner = await signUp("Ana Owner");
  const initiative = await initiativeFor(owner, "Instant refunds");
  const created = await db().activity.findFirstOrThrow({
    where: { initiativeId: initiative.id, type: "initiative.created" },
  });
  // Someone who joined before the initiative began is not part of its story.
  const early = await member(owner.workspaceId, "EDITOR", "Early Editor");
  const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
  const at = (seconds: number) => new Date(created.createdAt.getTime() + seconds * SECOND);
  await db().activity.createMany({
    data: [
      {
        workspaceId: owner.workspaceId,
        actorId: early.id,
        type: "member.joined",
        data: { role: "EDITOR" },
        createdAt: at(-60),
      },
      {
        workspaceId: owner.workspaceId,
        actorId: editor.id,
        type: "member.joined",
        data: { role: "EDITOR" },
        createdAt: at(1),
      },
    ],
  });
  const pressRelease = initiative.section("PRESS_RELEASE");
  await writeReady(pressRelease);
  const act = (action: "complete" | "reopen") =>
    transitionSection({ userId: owner.id, sectionId: pressRelease.id, input: { action } });
  await act("complete");
  await act("reopen");
  await db().activity.createMany({
    data: [
      {
        workspaceId: owner.workspaceId,
        initiativeId: initiative.id,
        actorId: editor.id,
        type: "version.restored",
        data: { stage: "PRESS_RELEASE", name: "Draft for Tuesday" },
      },
      // Comments have their own panel: not on the timeline.
      {
        workspaceId: owner.workspaceId,
        initiativeId: initiative.id,
        actorId: editor.id,
        type: "comment.created",
        data: { stage: "PRESS_RELEASE" },
      },
    ],
  });
  // The same entries' times, spread out so the order is plain (the log stores real times).
  const rows = await db().activity.findMany({
    where: { initiativeId: initiative.id, type: { not: "initiative.created" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const [index, row] of rows.entries())
    await db().activity.update({ where: { id: row.id }, data: { createdAt: at(10 + index) } });
  return { owner, editor, initiative };
}

describe("an initiative's timeline", () => {
  it("lists what happened, newest first, in sentences with the stage", async () => {
    const { owner, initiative } = await story();
    const { entries, older } = await listInitiativeActivity({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      initiativeId: initiative.id,
    });
    expect(older).toBeNull();
    expect(
      entries.map((entry) => `${entry.actor.name} ${activitySentence(entry.type, entry.data)}`),
    ).toEqual([
      "Eddie Editor restored Press release to the version “Draft for Tuesday”",
      "Ana Owner reopened Press release",
      "Ana Owner completed Press release",
      "Eddie Editor joined the workspace as Editor",
      "Ana Owner created the initiative",
    ]);
  });

  it("pages by cursor without gaps or repeats", async () => {
    const { owner, initiative } = await story();
    const options = {
      userId: owner.id,
      workspaceId: owner.workspaceId,
      initiativeId: initiative.id,
    };
    const all = await listInitiativeActivity(options);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const before = cursor ? ZTimelineCursorSchema.parse(cursor) : undefined;
      const page = await listInitiativeActivity({ ...options, before, limit: 2 });
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.older;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
  });

  it("is not found for viewers, outsiders, and under another workspace's address", async () => {
    const { owner, initiative } = await story();
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Oscar Outsider");
    for (const [userId, workspaceId] of [
      [viewer.id, owner.workspaceId],
      [outsider.id, owner.workspaceId],
      [outsider.id, outsider.workspaceId],
    ] as const) {
      expect(
        await refusal(listInitiativeActivity({ userId, workspaceId, initiativeId: initiative.id })),
      ).toMatchObject({ status: 404 });
    }
    // A member of both workspaces still finds it only under its own.
    await db().membership.create({
      data: { userId: owner.id, workspaceId: outsider.workspaceId, role: "OWNER" },
    });
    expect(
      await refusal(
        listInitiativeActivity({
          userId: owner.id,
          workspaceId: outsider.workspaceId,
          initiativeId: initiative.id,
        }),
      ),
    ).toMatchObject({ status: 404 });
  });
});
