import { createAutoVersion } from "@/server/data/version/create-auto-version";
import type { DocumentSnapshot } from "@/editor/document";

/** By default, a document being edited is kept as a version about every 5 minutes. */
export const AUTO_VERSION_INTERVAL_MS = 5 * 60_000;

/**
 * When each open document was last kept as a version, and who has changed
 * it since, in memory: the store's hot path costs no query. The time is
 * read from the database once, when the document loads; versions the app
 * takes (named, restored) reset it through `take`.
 */
export class AutoVersions {
  readonly #lastAt = new Map<string, number>();
  readonly #authors = new Map<string, Set<string>>();
  /** How many automatic versions were taken, for /health and the tests. */
  taken = 0;

  constructor(readonly intervalMs: number = AUTO_VERSION_INTERVAL_MS) {}

  /** The document was loaded; its newest version (of any kind) was taken at `lastVersionAt`. */
  loaded(documentName: string, lastVersionAt: Date) {
    this.#lastAt.set(documentName, lastVersionAt.getTime());
  }

  changedBy(documentName: string, userId: string) {
    let authors = this.#authors.get(documentName);
    if (!authors) this.#authors.set(documentName, (authors = new Set()));
    authors.add(userId);
  }

  /** A version of the document is being taken now: who edited it since the previous one. */
  take(documentName: string, now = Date.now()): string[] {
    const authors = [...(this.#authors.get(documentName) ?? [])];
    this.#authors.delete(documentName);
    this.#lastAt.set(documentName, now);
    return authors;
  }

  /**
   * After a store was written: keeps what was stored as a version when the
   * document's last one is older than the interval. A failure is logged,
   * never fails the store.
   */
  async stored(options: {
    documentName: string;
    sectionId: string;
    state: Uint8Array;
    snapshot: DocumentSnapshot;
  }): Promise<void> {
    const now = Date.now();
    const last = this.#lastAt.get(options.documentName);
    if (last !== undefined && now - last < this.intervalMs) return;
    const authorIds = this.take(options.documentName, now);
    try {
      await createAutoVersion({ ...options, authorIds, createdAt: new Date(now) });
      this.taken++;
    } catch (error) {
      console.error(`[collab] keeping a version of ${options.documentName} failed`, error);
    }
  }

  forget(documentName: string) {
    this.#lastAt.delete(documentName);
    this.#authors.delete(documentName);
  }
}
