import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Extension, Hocuspocus } from "@hocuspocus/server";

/**
 * How far V8 lets the heap grow past its live size before the next full
 * collection, in percent. V8 picks up to 300% when it sees a high allocation
 * rate (a thousand connections arriving, say), and that margin then stays
 * for as long as the load does: in the benchmark the server sat at 2.6× its
 * live heap. 100% keeps the heap within twice what is alive. 50% kept it
 * tighter, but its full collection every few seconds (each pausing the main
 * thread 15–30 ms) showed in the latency's p99.
 */
const HEAP_GROWING_PERCENT = 100;

/** How long a server must have no document open before it hands memory back. */
const IDLE_TRIM_MS = 5_000;

/**
 * Tunes V8 for a long-running collab server. Called once, at startup, by
 * collab/server.ts (so `npm run collab`, `npm start` and the benchmark all
 * run the same): these flags are read at each collection, so setting them
 * at runtime takes effect.
 */
export function tuneMemory() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** A full collection on demand: V8's `gc`, exposed for this one purpose. */
function fullCollection(): () => void {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") throw new Error("V8 did not expose gc");
  return () => gc();
}

/**
 * Once every document has been unloaded (each was stored first) and none
 * has been opened for a few seconds, runs two full collections a second
 * apart, so the memory the documents held goes back to the operating
 * system now; V8's own memory reducer does it too, but only after a minute
 * or more of idleness. Measured in the benchmark: the first frees the
 * documents and, allocation having been low since the last collection,
 * shrinks the young generation (32 MB to 1); the second compacts the old
 * generation they left sparse and releases its pages (84 MB to 31).
 */
export class MemoryTrim implements Extension {
  extensionName = "foreword-memory-trim";
  readonly #collect = fullCollection();
  #timer: NodeJS.Timeout | undefined;
  /** How many trims ran, for the tests. */
  trims = 0;

  constructor(private readonly idleMs = IDLE_TRIM_MS) {}

  async afterUnloadDocument({ instance }: { instance: Hocuspocus }): Promise<void> {
    if (instance.getDocumentsCount() > 0) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (instance.getDocumentsCount() > 0) return;
      this.#collect();
      this.#timer = setTimeout(() => {
        if (instance.getDocumentsCount() > 0) return;
        this.#collect();
        this.trims++;
      }, 1_000);
      this.#timer.unref();
    }, this.idleMs);
    this.#timer.unref();
  }

  async afterLoadDocument(): Promise<void> {
    clearTimeout(this.#timer);
  }

  async onDestroy(): Promise<void> {
    clearTimeout(this.#timer);
  }
}
