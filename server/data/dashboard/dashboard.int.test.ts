import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listDashboard } from "./list-dashboard";
import { getFunnel } from "./get-funnel";
import { transitionSection } from "@/server/data/section/transition-section";
import { requestReview } from "@/server/data/review/request-review";
import { liveHub } from "@/server/live/live-hub";
import { initiativeFor, member, refusal, signUp, writeReady } from "@/test/support/factories";
import { ZDashboardQuerySchema, type TDashboardQuery } from "@/lib/schemas/dashboard";
import { median, stageEnteredAt } from "@/lib/time-in-stage";
import type { Stage, SectionState } from "@/lib/stages";

afterAll(() => liveHub().stop());

const DAY = 24 * 3600 * 1000;
const query = (input: Partial<TDashboardQuery> = {}) => ZDashboardQuerySchema.parse(input);
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** Replaces an initiative's activity log with entries at known times. */
async function logAt(
  initiative: { id: string; workspaceId: string },
  actorId: string,
  entries: { type: string; at: Date; stage?: Stage }[],
) {
  await db().activity.deleteMany({ where: { initiativeId: initiative.id } });
  await db().activity.createMany({
    data: entries.map((entry) => ({
      workspaceId: initiative.workspaceId,
      initiativeId: initiative.id,
      actorId,
      type: entry.type,
      createdAt: entry.at,
      data: entry.stage ? { stage: entry.stage } : {},
    })),
  });
}

/** Sets the states of an initiative's stages directly (the first `complete` stages complete, the next drafting). */
async function setProgress(initiativeId: string, complete: number) {
  const order: Stage[] = ["PRESS_RELEASE", "FAQ", "USER_MANUAL", "MOCKUPS", "FEASIBILITY"];
  for (const [index, stage] of order.entries()) {
    const state: SectionState =
      index < complete ? "COMPLETE" : index === complete ? "DRAFTING" : "LOCKED";
    await db().section.update({
      where: { initiativeId_stage: { initiativeId, stage } },
      data: { state },
    });
  }
}

describe("time in stage", () => {
  it("is measured from creation, then from the completion, then from the reopen", async () => {
    const owner = await signUp("Ana Owner");
    const initiative = await initiativeFor(owner, "Instant refunds");
    const pressRelease = initiative.section("PRESS_RELEASE");
    const read = async () => {
      const dashboard = await listDashboard({
        userId: owner.id,
        workspaceId: owner.workspaceId,
        query: query(),
      });
      const item = dashboard.initiatives.find((candidate) => candidate.id === initiative.id);
      const log = await db().activity.findMany({ where: { initiativeId: initiative.id } });
      return { item, log };
    };
    const act = (action: "complete" | "reopen") =>
      transitionSection({ userId: owner.id, sectionId: pressRelease.id, input: { action } });

    let { item, log } = await read();
    expect(item?.stage).toBe("PRESS_RELEASE");
    expect(item?.enteredAt).toEqual(log.find((e) => e.type === "initiative.created")?.createdAt);
    expect(item?.enteredAt).toEqual(stageEnteredAt(log));

    await writeReady(pressRelease);
    await act("complete");
    ({ item, log } = await read());
    expect(item?.stage).toBe("FAQ");
    expect(item?.enteredAt).toEqual(log.find((e) => e.type === "stage.completed")?.createdAt);
    expect(item?.states).toMatchObject({ PRESS_RELEASE: "COMPLETE", FAQ: "DRAFTING" });
    expect(item?.lastActivity).toMatchObject({ type: "stage.completed", actorName: "Ana Owner" });

    await act("reopen");
    ({ item, log } = await read());
    expect(item?.stage).toBe("PRESS_RELEASE");
    expect(item?.enteredAt).toEqual(log.find((e) => e.type === "stage.reopened")?.createdAt);
    expect(item?.enteredAt).toEqual(stageEnteredAt(log));
    // The press release's checks, as stored with its document.
    expect(item?.checks?.total).toBeGreaterThan(0);
    expect(item?.checks?.passed).toBe(item?.checks?.total);
  });
});

describe("the funnel", () => {
  it("counts initiatives per stage now and takes medians over 90 days from the log", async () => {
    const owner = await signUp();
    const now = new Date("2026-11-20T12:00:00Z");
    const make = async (title: string) => initiativeFor(owner, title);
    const [a, b, c, d, e, archived] = await Promise.all(
      ["A", "B", "C", "D", "E", "Archived"].map(make),
    );
    if (!a || !b || !c || !d || !e || !archived) throw new Error("not made");
    const created = "initiative.created";
    const completed = "stage.completed";
    // A: press release 10 days, FAQ 6 days; now in the user manual.
    await logAt(a, owner.id, [
      { type: created, at: daysAgo(now, 30) },
      { type: completed, at: daysAgo(now, 20), stage: "PRESS_RELEASE" },
      { type: completed, at: daysAgo(now, 14), stage: "FAQ" },
    ]);
    await setProgress(a.id, 2);
    // B: created before the window, press release completed inside it after 20 days: counts whole.
    await logAt(b, owner.id, [
      { type: created, at: daysAgo(now, 100) },
      { type: completed, at: daysAgo(now, 80), stage: "PRESS_RELEASE" },
    ]);
    await setProgress(b.id, 1);
    // C: completed before the window: not counted in the medians.
    await logAt(c, owner.id, [
      { type: created, at: daysAgo(now, 200) },
      { type: completed, at: daysAgo(now, 150), stage: "PRESS_RELEASE" },
    ]);
    await setProgress(c.id, 1);
    // D: completed after 4 days, reopened a day later, completed again 2 days after that.
    await logAt(d, owner.id, [
      { type: created, at: daysAgo(now, 10) },
      { type: completed, at: daysAgo(now, 6), stage: "PRESS_RELEASE" },
      { type: "stage.reopened", at: daysAgo(now, 5), stage: "PRESS_RELEASE" },
      { type: "comment.created", at: daysAgo(now, 4), stage: "PRESS_RELEASE" },
      { type: completed, at: daysAgo(now, 3), stage: "PRESS_RELEASE" },
    ]);
    await setProgress(d.id, 1);
    await setProgress(e.id, 5);
    await setProgress(archived.id, 1);
    await db().initiative.update({ where: { id: archived.id }, data: { archivedAt: now } });

    const funnel = await getFunnel({ userId: owner.id, workspaceId: owner.workspaceId, now });
    const byStage = Object.fromEntries(funnel.stages.map((row) => [row.stage, row]));
    expect(funnel.stages.map((row) => [row.stage, row.now])).toEqual([
      ["PRESS_RELEASE", 0],
      ["FAQ", 3],
      ["USER_MANUAL", 1],
      ["MOCKUPS", 0],
      ["FEASIBILITY", 0],
    ]);
    expect(funnel.finished).toBe(1);
    expect(byStage.PRESS_RELEASE?.completions).toBe(4);
    const pressReleaseDays = [10, 20, 4, 2];
    expect(byStage.PRESS_RELEASE?.medianSeconds).toBeCloseTo(
      (median(pressReleaseDays) ?? 0) * 86_400,
      3,
    );
    expect(byStage.PRESS_RELEASE?.medianSeconds).toBeCloseTo(7 * 86_400, 3);
    expect(byStage.FAQ).toMatchObject({ completions: 1, medianSeconds: 6 * 86_400 });
    expect(byStage.MOCKUPS).toMatchObject({ completions: 0, medianSeconds: null });
  });
});

describe("the dashboard's filters, sorts and pages", () => {
  async function workspace() {
    const owner = await signUp("Olivia Owner");
    const editor = await member(owner.workspaceId, "EDITOR", "Eddie Editor");
    const reviewer = await member(owner.workspaceId, "REVIEWER", "Rita Reviewer");
    const now = new Date();
    const asEditor = { id: editor.id, workspaceId: owner.workspaceId };
    const alpha = await initiativeFor(owner, "alpha: owned by me");
    const bravo = await initiativeFor(asEditor, "Bravo: I acted on it");
    const charlie = await initiativeFor(asEditor, "Charlie: in review");
    const delta = await initiativeFor(asEditor, "Delta: stalled");
    const echo = await initiativeFor(asEditor, "Echo: archived");
    // Times apart, so "last activity" has one order.
    await logAt(alpha, owner.id, [{ type: "initiative.created", at: daysAgo(now, 3) }]);
    await logAt(bravo, editor.id, [
      { type: "initiative.created", at: daysAgo(now, 5) },
      { type: "initiative.customerUpdated", at: daysAgo(now, 1) },
    ]);
    await db().activity.updateMany({
      where: { initiativeId: bravo.id, type: "initiative.customerUpdated" },
      data: { actorId: owner.id },
    });
    await setProgress(bravo.id, 2);
    await logAt(delta, editor.id, [{ type: "initiative.created", at: daysAgo(now, 20) }]);
    await db().initiative.update({ where: { id: echo.id }, data: { archivedAt: now } });
    // Charlie goes to review through the real request; one open thread and one resolved.
    await writeReady(charlie.section("PRESS_RELEASE"));
    await requestReview({
      userId: editor.id,
      sectionId: charlie.section("PRESS_RELEASE").id,
      input: { reviewerIds: [reviewer.id] },
    });
    const thread = (resolvedAt: Date | null) => ({
      sectionId: charlie.section("PRESS_RELEASE").id,
      authorId: reviewer.id,
      anchorStart: new Uint8Array([1]),
      anchorEnd: new Uint8Array([2]),
      quote: "refunds",
      resolvedAt,
    });
    await db().commentThread.createMany({ data: [thread(null), thread(now)] });
    return { owner, editor, reviewer, alpha, bravo, charlie, delta, echo };
  }

  it("filters: all active, mine, in review, stalled, archived", async () => {
    const { owner, alpha, bravo, charlie, delta, echo } = await workspace();
    const titles = async (show: TDashboardQuery["show"]) =>
      (
        await listDashboard({
          userId: owner.id,
          workspaceId: owner.workspaceId,
          query: query({ show, sort: "title" }),
        })
      ).initiatives.map((item) => item.title);
    expect(await titles("active")).toEqual([alpha, bravo, charlie, delta].map((i) => i.title));
    expect(await titles("mine")).toEqual([alpha.title, bravo.title]);
    expect(await titles("review")).toEqual([charlie.title]);
    expect(await titles("stalled")).toEqual([delta.title]);
    expect(await titles("archived")).toEqual([echo.title]);

    const dashboard = await listDashboard({
      userId: owner.id,
      workspaceId: owner.workspaceId,
      query: query(),
    });
    expect(dashboard.counts).toEqual({ active: 4, mine: 2, review: 1, stalled: 1, archived: 1 });
    const inReview = dashboard.initiatives.find((item) => item.id === charlie.id);
    expect(inReview).toMatchObject({ openReviews: 1, openThreads: 1, stalled: false });
    expect(inReview?.lastActivity).toMatchObject({
      type: "review.requested",
      actorName: "Eddie Editor",
    });
    expect(dashboard.initiatives.find((item) => item.id === delta.id)?.stalled).toBe(true);
  });

  it("sorts by last activity, time in stage, title and progress", async () => {
    const { owner, alpha, bravo, charlie, delta } = await workspace();
    const ids = async (sort: TDashboardQuery["sort"]) =>
      (
        await listDashboard({
          userId: owner.id,
          workspaceId: owner.workspaceId,
          query: query({ sort }),
        })
      ).initiatives.map((item) => item.id);
    // Charlie's review was requested just now; Bravo's customer changed a day ago.
    expect(await ids("activity")).toEqual([charlie.id, bravo.id, alpha.id, delta.id]);
    // Longest in its stage first: Delta (20 days), Bravo (5), Alpha (3), Charlie (created now).
    expect(await ids("time")).toEqual([delta.id, bravo.id, alpha.id, charlie.id]);
    expect(await ids("title")).toEqual([alpha.id, bravo.id, charlie.id, delta.id]);
    // Bravo has two stages complete; the rest none, by last activity.
    expect(await ids("progress")).toEqual([bravo.id, charlie.id, alpha.id, delta.id]);
  });

  it("pages, keeping the counts on a page past the end", async () => {
    const { owner, alpha, bravo, charlie, delta } = await workspace();
    const page = (number: number) =>
      listDashboard({
        userId: owner.id,
        workspaceId: owner.workspaceId,
        query: query({ sort: "title", page: number }),
        pageSize: 3,
      });
    const [first, second, third] = await Promise.all([page(1), page(2), page(3)]);
    expect(first.initiatives.map((item) => item.id)).toEqual([alpha.id, bravo.id, charlie.id]);
    expect(second.initiatives.map((item) => item.id)).toEqual([delta.id]);
    expect(third.initiatives).toEqual([]);
    expect([first.total, second.total, third.total]).toEqual([4, 4, 4]);
    expect(third.counts.archived).toBe(1);
  });

  it("is not found for viewers and people outside the workspace", async () => {
    const owner = await signUp();
    await initiativeFor(owner);
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Oscar Outsider");
    for (const person of [viewer, outsider]) {
      const options = { userId: person.id, workspaceId: owner.workspaceId };
      expect(await refusal(listDashboard({ ...options, query: query() }))).toMatchObject({
        status: 404,
      });
      expect(await refusal(getFunnel(options))).toMatchObject({ status: 404 });
    }
  });
});
