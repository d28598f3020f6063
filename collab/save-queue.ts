/**
 * Runs saves one at a time, yielding to the event loop before each. Every
 * save costs a few milliseconds of CPU (encoding, JSON, the query); when
 * hundreds of documents reach their maximum debounce together, running them
 * back to back would hold up everyone's keystrokes for a second or more.
 */
export class SaveQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
