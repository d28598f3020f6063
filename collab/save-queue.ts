export type SaveQueueOptions = {
  /** A save waits at most about this long for its turn in a burst (default 5 s). */
  spreadMs?: number;
  /** Up to this many waiting saves run back to back, unpaced (default 8). */
  burst?: number;
};

type Entry = {
  key: string;
  queuedAt: number;
  urgent: boolean;
  /** Runs the save and settles its caller's promise; never rejects. */
  run: () => Promise<void>;
};

/**
 * Runs saves one at a time, yielding to the event loop before each, and
 * paces them. Every save costs a millisecond or two of CPU here and a
 * statement's work in PostgreSQL; when hundreds of documents reach their
 * maximum debounce together (they all started being edited when the server
 * came up, say), running them back to back would take both cores from
 * relaying keystrokes for a second or more, every ten seconds. Instead,
 * while more than `burst` wait, saves start evenly spaced so that the oldest
 * waiting one starts `spreadMs` after it was queued: a burst is spread over
 * that long. A few saves at a time (the usual case) never wait.
 *
 * Nothing waits on the pacing when it matters: an urgent save (a stage
 * completing, a restore, a named version: someone is about to read what is
 * stored) goes first and at once, `hurry` makes a document's waiting save
 * urgent, and `drain` (shutting down) turns pacing off.
 */
export class SaveQueue {
  readonly #spreadMs: number;
  readonly #burst: number;
  readonly #waiting: Entry[] = [];
  #running = false;
  #draining = false;
  #lastStart = Number.NEGATIVE_INFINITY;
  /** Ends the current pacing wait early (an urgent save arrived). */
  #wake: (() => void) | undefined;

  constructor({ spreadMs = 5_000, burst = 8 }: SaveQueueOptions = {}) {
    this.#spreadMs = spreadMs;
    this.#burst = burst;
  }

  /** Runs `task` in its turn; `key` names the document, for `hurry`. */
  run<T>(key: string, task: () => Promise<T>, { urgent = false } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({
        key,
        urgent,
        queuedAt: performance.now(),
        run: () => task().then(resolve, reject),
      });
      if (urgent) this.#wake?.();
      this.#pump();
    });
  }

  /** Makes the waiting saves of `key` urgent. */
  hurry(key: string) {
    let found = false;
    for (const entry of this.#waiting) if (entry.key === key) found = entry.urgent = true;
    if (found) this.#wake?.();
  }

  /** No more pacing: every waiting save runs as soon as the one before it ends. */
  drain() {
    this.#draining = true;
    this.#wake?.();
  }

  get waiting() {
    return this.#waiting.length;
  }

  #pump() {
    if (this.#running) return;
    this.#running = true;
    void this.#loop().finally(() => {
      this.#running = false;
      // A save queued as the loop ended must not wait for the next one to arrive.
      if (this.#waiting.length > 0) this.#pump();
    });
  }

  async #loop() {
    while (this.#waiting.length > 0) {
      const urgentIndex = this.#waiting.findIndex((entry) => entry.urgent);
      const oldest = this.#waiting[0];
      if (urgentIndex < 0 && !this.#draining && oldest && this.#waiting.length > this.#burst) {
        const now = performance.now();
        const spacing = Math.max(0, oldest.queuedAt + this.#spreadMs - now) / this.#waiting.length;
        const wait = this.#lastStart + spacing - now;
        if (wait > 0) {
          await this.#sleep(wait);
          continue; // an urgent save may have arrived meanwhile
        }
      }
      const [entry] = this.#waiting.splice(Math.max(0, urgentIndex), 1);
      if (!entry) continue;
      // Let the messages that arrived meanwhile through first.
      await new Promise((resolve) => setImmediate(resolve));
      this.#lastStart = performance.now();
      await entry.run();
    }
  }

  #sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.#wake = undefined));
  }
}
