/**
 * A workspace with a history, for the dashboard benchmark (and for looking
 * at the dashboard full): `count` initiatives written in bulk, each with
 * its five sections and an activity log as the app would have written it.
 *
 * Each initiative begins at a random time in the last 240 days. Its stages
 * are completed one after another, each after a random 1 to 30 days (skewed
 * short), stopping at a random stage or at now; one in six completions is
 * followed by a reopen and a second completion. Along the way it gets 0 to 3
 * comments per stage (threads, about half resolved), and each completion
 * follows a review request and an approval in the log. About a quarter of
 * those still under way are in review now, with one or two pending
 * reviewers; one in twenty is archived. A seeded random generator makes
 * every run the same.
 */
import type { PrismaClient, Prisma, SectionState, Stage } from "@/generated/prisma/client";
import { seededRandom } from "./seeded-random";
import { STAGES, STAGE_INFO } from "@/lib/stages";

export type SeedOptions = {
  db: PrismaClient;
  workspaceId: string;
  /** The people who act: the first owns every initiative started without a second. */
  memberIds: string[];
  count: number;
  now?: Date;
  seed?: number;
};

const DAY = 24 * 3600 * 1000;
const TITLES = [
  "Instant refunds",
  "Gift wrapping",
  "Price alerts",
  "Same-day pickup",
  "Wish lists",
];
const CUSTOMERS = ["Shoppers returning an item", "Busy parents", "Small-shop owners", "Students"];

/** Writes the workspace's initiatives and history; returns how many rows of each. */
export async function seedDashboard({
  db,
  workspaceId,
  memberIds,
  count,
  now = new Date(),
  seed = 10,
}: SeedOptions) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const id = () =>
    `c${Array.from({ length: 24 }, () => pick([..."0123456789abcdefghijklmnopqrstuvwxyz"])).join("")}`;
  const initiatives: Prisma.InitiativeCreateManyInput[] = [];
  const sections: Prisma.SectionCreateManyInput[] = [];
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const reviews: Prisma.ReviewCreateManyInput[] = [];
  const threads: Prisma.CommentThreadCreateManyInput[] = [];

  for (let index = 0; index < count; index++) {
    const initiativeId = id();
    const ownerId = pick(memberIds);
    let at = new Date(now.getTime() - random() * 240 * DAY);
    const log = (type: string, actorId: string, data: Prisma.InputJsonObject = {}) =>
      activities.push({ id: id(), workspaceId, initiativeId, actorId, type, data, createdAt: at });
    initiatives.push({
      id: initiativeId,
      workspaceId,
      title: `${pick(TITLES)} ${index + 1}`,
      customer: pick(CUSTOMERS),
      ownerId,
      createdAt: at,
      updatedAt: at,
      archivedAt: random() < 0.05 ? now : null,
    });
    log("initiative.created", ownerId, { title: `${index}` });
    const target = Math.floor(random() * 6); // stages it will complete, 0..5
    const states: Record<Stage, SectionState> = {
      PRESS_RELEASE: "DRAFTING",
      FAQ: "LOCKED",
      USER_MANUAL: "LOCKED",
      MOCKUPS: "LOCKED",
      FEASIBILITY: "LOCKED",
    };
    const sectionIds = Object.fromEntries(STAGES.map((stage) => [stage, id()])) as Record<
      Stage,
      string
    >;
    const rounds = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
    for (const stage of STAGES) {
      const data = { stage, label: STAGE_INFO[stage].label };
      const comments = Math.floor(random() * 4);
      for (let comment = 0; comment < comments; comment++) {
        const author = pick(memberIds);
        const when = new Date(at.getTime() + random() * 3 * DAY);
        if (when > now) break;
        threads.push({
          id: id(),
          sectionId: sectionIds[stage],
          authorId: author,
          anchorStart: new Uint8Array([0]),
          anchorEnd: new Uint8Array([1]),
          quote: "a passage",
          createdAt: when,
          resolvedAt: random() < 0.5 ? when : null,
        });
        activities.push({
          id: id(),
          workspaceId,
          initiativeId,
          actorId: author,
          type: "comment.created",
          data,
          createdAt: when,
        });
      }
      const done = STAGES.indexOf(stage) < target;
      const takes = (1 + 29 * random() ** 2) * DAY;
      if (!done || at.getTime() + takes > now.getTime()) {
        // Still on this stage: in review now about a quarter of the time.
        if (random() < 0.25 && at.getTime() + takes / 2 < now.getTime()) {
          at = new Date(at.getTime() + takes / 2);
          rounds[stage]++;
          states[stage] = "IN_REVIEW";
          log("review.requested", ownerId, { ...data, round: rounds[stage] });
          for (const reviewerId of memberIds.slice(0, 1 + Math.floor(random() * 2)))
            reviews.push({
              sectionId: sectionIds[stage],
              reviewerId,
              requestedById: ownerId,
              round: rounds[stage],
              createdAt: at,
            });
        }
        break;
      }
      const completeOnce = (after: number) => {
        at = new Date(at.getTime() + after);
        rounds[stage]++;
        log("review.requested", ownerId, { ...data, round: rounds[stage] });
        log("review.approved", pick(memberIds), { ...data, round: rounds[stage] });
        log("stage.completed", ownerId, data);
      };
      completeOnce(takes);
      if (random() < 1 / 6 && at.getTime() + 2 * DAY < now.getTime()) {
        at = new Date(at.getTime() + DAY * random());
        log("stage.reopened", ownerId, data);
        completeOnce(DAY * random());
      }
      states[stage] = "COMPLETE";
      const next = STAGES[STAGES.indexOf(stage) + 1];
      if (next) states[next] = "DRAFTING";
    }
    for (const stage of STAGES) {
      const total = 6 + STAGES.indexOf(stage);
      sections.push({
        id: sectionIds[stage],
        initiativeId,
        stage,
        state: states[stage],
        checksTotal: total,
        checksPassed: states[stage] === "LOCKED" ? 0 : Math.floor(random() * (total + 1)),
        reviewRound: rounds[stage],
        completedAt: states[stage] === "COMPLETE" ? at : null,
      });
    }
    const last = initiatives.at(-1);
    if (last) last.updatedAt = at;
  }
  // Parents first; big tables in chunks to keep each statement's parameters in bounds.
  const chunks = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += 2000)
      await write(rows.slice(start, start + 2000));
  };
  await chunks(initiatives, (data) => db.initiative.createMany({ data }));
  await chunks(sections, (data) => db.section.createMany({ data }));
  await chunks(activities, (data) => db.activity.createMany({ data }));
  await chunks(reviews, (data) => db.review.createMany({ data }));
  await chunks(threads, (data) => db.commentThread.createMany({ data }));
  await db.$executeRawUnsafe(
    'ANALYZE "Initiative", "Section", "Activity", "Review", "CommentThread"',
  );
  return {
    initiatives: initiatives.length,
    sections: sections.length,
    activities: activities.length,
    reviews: reviews.length,
    threads: threads.length,
  };
}
