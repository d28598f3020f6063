import { createHash } from "node:crypto";
import type {
  beforeUnloadDocumentPayload,
  Document,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { db } from "@/server/db";
import { storeSectionDocument } from "@/server/data/section/store-section-document";
import { plainTextYDoc, templateYDoc } from "@/editor/document";
import type { Stage } from "@/lib/stages";
import { sectionIdOf, type CollabNotice } from "@/lib/collab-document";
import { Refusal } from "../refusal";

export type PersistenceOptions = {
  /** Delays between attempts when a save fails, before giving up until the next change. */
  retryDelaysMs?: number[];
};

/** After the quick retries fail, how long until the next attempt. */
const UNSAVED_RETRY_MS = 10_000;

const hashOf = (state: Uint8Array) => createHash("sha256").update(state).digest("base64");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads a section's Yjs document from PostgreSQL and stores it back with its
 * JSON, plain text and word count in one statement. Hocuspocus debounces the
 * stores (see start-collab-server.ts); this extension skips unchanged
 * content, retries failed saves, and refuses to let a document with an
 * unsaved change leave memory.
 */
export class Persistence implements Extension {
  extensionName = "foreword-persistence";
  /** Hash of the state last stored (or loaded) per document: unchanged content is not written again. */
  readonly #stored = new Map<string, string>();
  /** Documents whose last save failed: they stay in memory until one lands. */
  readonly #unsaved = new Set<string>();
  readonly #retryDelaysMs: number[];
  readonly #queue = new SaveQueue();
  /** Statistics for the benchmark and tests. */
  readonly stats = { writes: 0, skipped: 0, failures: 0 };

  constructor({ retryDelaysMs = [200, 1_000, 3_000] }: PersistenceOptions = {}) {
    this.#retryDelaysMs = retryDelaysMs;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const sectionId = sectionIdOf(documentName);
    if (!sectionId) throw new Refusal("not-found");
    // Any error here refuses the connection: Hocuspocus then unloads the
    // (empty) document without storing it, so stored content is never overwritten.
    let section;
    try {
      section = await db().section.findUnique({
        where: { id: sectionId },
        select: { ydoc: true, text: true, stage: true },
      });
    } catch (error) {
      console.error(`[collab] loading ${documentName} failed`, error);
      throw new Refusal("load-failed");
    }
    if (!section) throw new Refusal("not-found");
    const state = section.ydoc ?? (await this.#seed(sectionId, section.text, section.stage));
    try {
      Y.applyUpdate(document, state);
    } catch (error) {
      console.error(`[collab] the stored state of ${documentName} cannot be read`, error);
      throw new Refusal("load-failed");
    }
    this.#stored.set(documentName, hashOf(Y.encodeStateAsUpdate(document)));
  }

  /**
   * A section's first document, built on the server from its template (or
   * from text written before the editor existed). Written only where none
   * exists yet, so two collab servers opening it at once agree on one seed
   * instead of merging two copies of the template.
   */
  async #seed(sectionId: string, text: string, stage: Stage): Promise<Uint8Array> {
    const seed = text.trim() ? plainTextYDoc(text) : templateYDoc(stage);
    const { written, state } = await storeSectionDocument({
      sectionId,
      document: seed,
      onlyIfEmpty: true,
    });
    if (written) return state;
    const winner = await db().section.findUniqueOrThrow({
      where: { id: sectionId },
      select: { ydoc: true },
    });
    if (!winner.ydoc) throw new Error(`Section ${sectionId} lost its document while seeding`);
    return winner.ydoc;
  }

  async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    const { documentName, document } = payload;
    const sectionId = sectionIdOf(documentName);
    if (!sectionId) return;
    for (let attempt = 0; ; attempt++) {
      try {
        const saved = await this.#queue.run(async () => {
          const state = Y.encodeStateAsUpdate(document);
          const hash = hashOf(state);
          if (this.#stored.get(documentName) === hash) return undefined;
          return { hash, ...(await storeSectionDocument({ sectionId, document, state })) };
        });
        if (!saved) {
          this.stats.skipped++;
          return;
        }
        const { hash, written, savedAt } = saved;
        if (!written) return; // the section was deleted while open
        this.stats.writes++;
        this.#stored.set(documentName, hash);
        this.#unsaved.delete(documentName);
        notify(document, { type: "saved", savedAt: savedAt.toISOString() });
        return;
      } catch (error) {
        this.stats.failures++;
        const delay = this.#retryDelaysMs[attempt];
        if (delay === undefined) {
          this.#unsaved.add(documentName);
          console.error(
            `[collab] saving ${documentName} failed; it stays in memory and is retried`,
            error,
          );
          // Try again later even if nobody types: the last person may already have left.
          setTimeout(
            () => void payload.instance.storeDocumentHooks(document, payload, true),
            UNSAVED_RETRY_MS,
          ).unref();
          throw error;
        }
        await sleep(delay);
      }
    }
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    // Rejecting keeps the document in memory: its last change is not in the database yet.
    if (this.#unsaved.has(documentName)) throw new Error(`${documentName} has unsaved changes`);
    this.#stored.delete(documentName);
  }
}

/**
 * Runs saves one at a time, yielding to the event loop before each. Every
 * save costs a few milliseconds of CPU (encoding, JSON, the query); when
 * hundreds of documents reach their maximum debounce together, running them
 * back to back would hold up everyone's keystrokes for a second or more.
 */
class SaveQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

function notify(document: Document, notice: CollabNotice) {
  document.broadcastStateless(JSON.stringify(notice));
}
