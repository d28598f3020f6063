import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { publishLive } from "./publish-live";
import { liveHub, type LiveMessage } from "./live-hub";
import { openLiveStream } from "./open-live-stream";
import { sectionTopic, userTopic } from "@/lib/live-events";
import { member, ownerWithInitiative, refusal, signUp } from "@/test/support/factories";

/** Collects what the hub sends on `topics`, and waits for the next message. */
async function listenTo(topics: string[]) {
  const heard: LiveMessage[] = [];
  let wake = () => {};
  const stop = liveHub().subscribe(topics, (message) => {
    heard.push(message);
    wake();
  });
  await liveHub().started();
  const next = (timeoutMs = 5_000) =>
    new Promise<LiveMessage>((resolve, reject) => {
      const at = heard.length;
      const timer = setTimeout(() => reject(new Error("no live event")), timeoutMs);
      wake = () => {
        if (heard.length > at) {
          clearTimeout(timer);
          resolve(heard[at] as LiveMessage);
        }
      };
    });
  return { heard, next, stop };
}

/** Reads an event stream until `count` events (not comments) have arrived. */
async function readEvents(stream: ReadableStream<Uint8Array>, count: number) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const events = () => text.split("\n\n").filter((block) => block.includes("event: "));
  while (events().length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return events().map((block) => ({
    event: /event: (\S+)/.exec(block)?.[1],
    data: JSON.parse(/data: (.*)/.exec(block)?.[1] ?? "null") as unknown,
  }));
}

afterAll(() => liveHub().stop());

describe("live events", () => {
  it("reach a listener when the transaction commits, and never when it rolls back", async () => {
    const ada = await signUp();
    const listener = await listenTo([userTopic(ada.id)]);
    await expect(
      db().$transaction(async (tx) => {
        await publishLive(tx, [{ topic: userTopic(ada.id), kind: "notifications" }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const heard = listener.next();
    await db().$transaction((tx) =>
      publishLive(tx, [{ topic: userTopic(ada.id), kind: "notifications" }]),
    );
    expect(await heard).toEqual({ topic: userTopic(ada.id), kind: "notifications" });
    expect(listener.heard).toHaveLength(1);
    listener.stop();
  });

  it("notifies each recipient once, never the actor, and tells their pages", async () => {
    const { owner } = await ownerWithInitiative();
    const reviewer = await member(owner.workspaceId, "REVIEWER");
    const listener = await listenTo([userTopic(reviewer.id), userTopic(owner.id)]);
    const heard = listener.next();
    const created = await db().$transaction((tx) =>
      createNotifications({
        tx,
        recipients: [reviewer.id, reviewer.id, owner.id],
        actorId: owner.id,
        workspaceId: owner.workspaceId,
        type: "review.requested",
        url: "/w/x",
        data: { stage: "Press release" },
      }),
    );
    expect(created).toBe(1);
    expect(await heard).toEqual({ topic: userTopic(reviewer.id), kind: "notifications" });
    const rows = await db().notification.findMany({ where: { workspaceId: owner.workspaceId } });
    expect(rows.map((row) => [row.userId, row.actorId, row.type, row.readAt])).toEqual([
      [reviewer.id, owner.id, "review.requested", null],
    ]);
    listener.stop();
  });

  it("streams a page's own and its section's events, and refuses sections it may not read", async () => {
    const { owner, pressRelease } = await ownerWithInitiative();
    const viewer = await member(owner.workspaceId, "VIEWER");
    const outsider = await signUp("Oscar Outsider");
    const signal = new AbortController().signal;

    for (const userId of [viewer.id, outsider.id]) {
      expect(
        await refusal(openLiveStream({ userId, sectionIds: [pressRelease.id], signal })),
      ).toMatchObject({ status: 404 });
    }
    const many = Array.from({ length: 6 }, (_, index) => `${pressRelease.id}${index}`);
    expect(
      await refusal(openLiveStream({ userId: owner.id, sectionIds: many, signal })),
    ).toMatchObject({ status: 400, fields: { section: expect.any(String) } });

    const abort = new AbortController();
    const stream = await openLiveStream({
      userId: owner.id,
      sectionIds: [pressRelease.id],
      signal: abort.signal,
    });
    await liveHub().started();
    const events = readEvents(stream, 3);
    await db().$transaction((tx) =>
      publishLive(tx, [
        { topic: sectionTopic(pressRelease.id), kind: "threads" },
        { topic: userTopic(outsider.id), kind: "notifications" },
        { topic: userTopic(owner.id), kind: "notifications" },
      ]),
    );
    expect(await events).toEqual([
      { event: "ready", data: {} },
      { event: "threads", data: { topic: sectionTopic(pressRelease.id) } },
      { event: "notifications", data: { topic: userTopic(owner.id) } },
    ]);
    abort.abort();
  });
});
