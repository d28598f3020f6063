import { describe, expect, it } from "vitest";
import { SaveQueue } from "./save-queue";

/** Queues `keys` at once; records when each task starts (ms since queuing) and the order. */
function queueAll(queue: SaveQueue, keys: string[], work = async () => {}) {
  const t0 = performance.now();
  const started: { key: string; at: number }[] = [];
  const done = keys.map((key) =>
    queue.run(key, async () => {
      started.push({ key, at: performance.now() - t0 });
      await work();
      return key;
    }),
  );
  return { started, done: Promise.all(done) };
}

const keys = (count: number) => Array.from({ length: count }, (_, i) => `doc-${i}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the save queue", () => {
  it("runs saves one at a time, in order, and resolves each with its result", async () => {
    const queue = new SaveQueue();
    let running = 0;
    let most = 0;
    const { started, done } = queueAll(queue, ["a", "b", "c", "d"], async () => {
      most = Math.max(most, ++running);
      await sleep(5);
      running--;
    });
    expect(await done).toEqual(["a", "b", "c", "d"]);
    expect(started.map((entry) => entry.key)).toEqual(["a", "b", "c", "d"]);
    expect(most).toBe(1);
  });

  it("does not pace a few saves", async () => {
    const queue = new SaveQueue({ spreadMs: 60_000, burst: 8 });
    const { started, done } = queueAll(queue, keys(8));
    await done;
    expect(started.at(-1)?.at).toBeLessThan(1_000);
  });

  it("spreads a burst evenly, the oldest starting about spreadMs after it was queued", async () => {
    // 20 saves over 400 ms: about 20 ms apart until only `burst` are left, then back to back.
    const queue = new SaveQueue({ spreadMs: 400, burst: 4 });
    const { started, done } = queueAll(queue, keys(20));
    await done;
    const gaps = started.slice(1).map((entry, i) => entry.at - (started[i]?.at ?? 0));
    // Timers never fire early (a millisecond of rounding aside); how late they fire is the machine's.
    for (const gap of gaps.slice(0, 15)) expect(gap).toBeGreaterThanOrEqual(18);
    expect(started[16]?.at).toBeGreaterThanOrEqual(300);
    // The last `burst` run without waiting for their spacing.
    expect((started[19]?.at ?? 0) - (started[16]?.at ?? 0)).toBeLessThan(
      3 * 18 + 200, // three gaps' worth would be 54 ms; allow for a slow machine
    );
  });

  it("runs an urgent save first and at once, whatever is waiting", async () => {
    const queue = new SaveQueue({ spreadMs: 60_000, burst: 0 });
    const slow = queueAll(queue, ["a", "b", "c"]);
    await sleep(20);
    const t0 = performance.now();
    const urgent = await queue.run("d", async () => performance.now() - t0, { urgent: true });
    expect(urgent).toBeLessThan(1_000);
    expect(slow.started.map((entry) => entry.key)).toEqual(["a"]);
    queue.drain();
    await slow.done;
    expect(slow.started.map((entry) => entry.key)).toEqual(["a", "b", "c"]);
  });

  it("hurries a document's waiting save, and drains everything without pacing", async () => {
    const queue = new SaveQueue({ spreadMs: 60_000, burst: 0 });
    const { started, done } = queueAll(queue, ["a", "b", "c"]);
    await sleep(20);
    queue.hurry("c");
    await sleep(50);
    expect(started.map((entry) => entry.key)).toEqual(["a", "c"]);
    queue.drain();
    await done;
    expect(started.map((entry) => entry.key)).toEqual(["a", "c", "b"]);
    expect(queue.waiting).toBe(0);
  });

  it("rejects a failed save to its caller and goes on with the next", async () => {
    const queue = new SaveQueue();
    const failed = queue.run("a", async () => {
      throw new Error("the database is away");
    });
    const next = queue.run("b", async () => "stored");
    await expect(failed).rejects.toThrow("the database is away");
    expect(await next).toBe("stored");
  });
});
