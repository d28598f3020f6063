import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createNotifications } from "./create-notifications";
import { listNotifications } from "./list-notifications";
import { countUnreadNotifications } from "./count-unread-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { member, refusal, signUp } from "@/test/support/factories";
import type { Role } from "@/lib/roles";

const ROLES: Role[] = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"];

/** A workspace with one member per role, each with two notifications of their own. */
async function team() {
  const owner = await signUp("Olivia Owner");
  const people = {
    OWNER: owner,
    EDITOR: await member(owner.workspaceId, "EDITOR", "Ed Editor"),
    REVIEWER: await member(owner.workspaceId, "REVIEWER", "Rita Reviewer"),
    VIEWER: await member(owner.workspaceId, "VIEWER", "Vic Viewer"),
  };
  const actor = await member(owner.workspaceId, "EDITOR", "Ada Actor");
  for (const role of ROLES)
    for (const stage of ["Press release", "FAQ"])
      await db().$transaction((tx) =>
        createNotifications({
          tx,
          recipients: [people[role].id],
          actorId: actor.id,
          workspaceId: owner.workspaceId,
          type: "stage.completed",
          url: `/w/${owner.workspaceId}/i/abc/${stage === "FAQ" ? "faq" : "press-release"}`,
          data: { initiative: "Instant refunds", stage },
        }),
      );
  const idsOf = async (userId: string) =>
    (await db().notification.findMany({ where: { userId }, orderBy: { id: "asc" } })).map(
      (row) => row.id,
    );
  return { owner, people, actor, idsOf };
}

describe("notifications", () => {
  it.each(ROLES)("a %s lists and counts only their own, newest first", async (role) => {
    const { people } = await team();
    const feed = await listNotifications({ userId: people[role].id });
    expect(feed.unread).toBe(2);
    expect(feed.notifications.map((item) => item.data.stage)).toEqual(["FAQ", "Press release"]);
    expect(feed.notifications[0]).toMatchObject({
      type: "stage.completed",
      actor: { name: "Ada Actor" },
      read: false,
    });
    expect(await countUnreadNotifications({ userId: people[role].id })).toBe(2);
  });

  it.each(ROLES)(
    "a %s marks their own read, and nobody else's (404, nothing changes)",
    async (role) => {
      const { people, idsOf } = await team();
      const mine = await idsOf(people[role].id);
      const other = ROLES.find((candidate) => candidate !== role) ?? "OWNER";
      const theirs = await idsOf(people[other].id);

      for (const ids of [[theirs[0]], [mine[0], theirs[0]]]) {
        const before = await db().notification.findMany({ orderBy: { id: "asc" } });
        expect(
          await refusal(markNotificationsRead({ userId: people[role].id, input: { ids } })),
        ).toMatchObject({ status: 404 });
        expect(await db().notification.findMany({ orderBy: { id: "asc" } })).toEqual(before);
      }

      expect(
        await markNotificationsRead({ userId: people[role].id, input: { ids: [mine[0]] } }),
      ).toEqual({ marked: 1 });
      // Marking it again changes nothing.
      expect(
        await markNotificationsRead({ userId: people[role].id, input: { ids: [mine[0]] } }),
      ).toEqual({ marked: 0 });
      expect(await countUnreadNotifications({ userId: people[role].id })).toBe(1);
      expect(await countUnreadNotifications({ userId: people[other].id })).toBe(2);

      expect(
        await markNotificationsRead({ userId: people[role].id, input: { all: true } }),
      ).toEqual({ marked: 1 });
      expect(await countUnreadNotifications({ userId: people[role].id })).toBe(0);
      for (const someone of ROLES.filter((candidate) => candidate !== role))
        expect(await countUnreadNotifications({ userId: people[someone].id })).toBe(2);
    },
  );

  it("refuses malformed input with 400 on the field", async () => {
    const { people } = await team();
    const userId = people.EDITOR.id;
    for (const input of [{}, { ids: [] }, { ids: ["nope"] }, { all: false }, { ids: "x" }]) {
      expect(await refusal(markNotificationsRead({ userId, input }))).toMatchObject({
        status: 400,
      });
    }
    expect(
      await refusal(
        markNotificationsRead({ userId, input: { ids: Array(101).fill("c".padEnd(25, "a")) } }),
      ),
    ).toMatchObject({ status: 400, fields: { ids: expect.any(String) } });
    expect(await refusal(listNotifications({ userId, input: { limit: 500 } }))).toMatchObject({
      status: 400,
      fields: { limit: expect.any(String) },
    });
  });

  it("stops showing a workspace's notifications to someone no longer in it", async () => {
    const { owner, people } = await team();
    const outsider = await signUp("Oscar Outsider");
    expect((await listNotifications({ userId: outsider.id })).notifications).toEqual([]);
    await db().membership.deleteMany({
      where: { userId: people.REVIEWER.id, workspaceId: owner.workspaceId },
    });
    expect(await listNotifications({ userId: people.REVIEWER.id })).toEqual({
      unread: 0,
      notifications: [],
    });
  });

  it("keeps a stored link on this site", async () => {
    const { owner, people } = await team();
    await db().notification.create({
      data: {
        userId: people.EDITOR.id,
        workspaceId: owner.workspaceId,
        type: "stage.completed",
        url: "//evil.example/x",
        data: { initiative: 42, stage: "FAQ" },
      },
    });
    const [newest] = (await listNotifications({ userId: people.EDITOR.id })).notifications;
    expect(newest).toMatchObject({ url: "/", data: { stage: "FAQ" }, actor: null });
    expect(newest?.data).not.toHaveProperty("initiative");
  });
});
