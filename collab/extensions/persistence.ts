import { createHash } from "node:crypto";
import type {
  beforeUnloadDocumentPayload,
  connectedPayload,
  Document,
  Extension,
  Hocuspocus,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { db } from "@/server/db";
import {
  storeSectionDocument,
  type StoreContext,
  type StoreOutcome,
} from "@/server/data/section/store-section-document";
import { loadSectionDocument } from "@/server/data/section/load-section-document";
import { seedSectionDocument } from "@/server/data/section/seed-section-document";
import { plainTextYDoc, templateYDoc, type DocumentSnapshot } from "@/editor/document";
import type { Stage } from "@/lib/stages";
import { sectionIdOf, type CollabNotice } from "@/lib/collab-document";
import { Refusal, type CollabContext } from "../refusal";
import { EDITS_REFUSED, revoke } from "../close-connection";
import { SaveQueue, type SaveQueueOptions } from "../save-queue";
import { AutoVersions } from "../auto-versions";

export type PersistenceOptions = {
  /** Delays between attempts when a save fails, before giving up until the next change. */
  retryDelaysMs?: number[];
  /** After the quick retries fail, how long until the next attempt. */
  unsavedRetryMs?: number;
  /** How often a document being edited is kept as a version (default ~5 minutes). */
  versionIntervalMs?: number;
  /** How stores are paced (collab/save-queue.ts). */
  pacing?: SaveQueueOptions;
};

/** How a store ended, for callers that must know (a restore): stored (or unchanged), refused, failed. */
export type StoreResult = "stored" | "refused" | "failed";

const hashOf = (state: Uint8Array) => createHash("sha256").update(state).digest("base64");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads a section's Yjs document from PostgreSQL and stores it back with its
 * JSON, plain text and word count in one statement. Hocuspocus debounces the
 * stores (see start-collab-server.ts); this extension skips unchanged
 * content, retries failed saves, and refuses to let a document with an
 * unsaved change leave memory.
 *
 * The store itself refuses to write a section that may no longer change
 * (server/data/section/store-section-document.ts). When it does, the
 * document's unsaved edits are dropped: every connection is revoked with
 * "edits-refused" and the document is unloaded, so the next connection
 * loads it from the database as it is.
 */
export class Persistence implements Extension {
  extensionName = "foreword-persistence";
  /** Hash of the state last stored (or loaded) per document: unchanged content is not written again. */
  readonly #stored = new Map<string, string>();
  /** Documents whose last save failed: they stay in memory until one lands. */
  readonly #unsaved = new Set<string>();
  /** What each open document's checks were last counted with: the next store needs no query for it. */
  readonly #contexts = new Map<string, StoreContext>();
  /** Who changed each document since its last store: each must still be allowed to edit. */
  readonly #contributors = new Map<string, Set<string>>();
  /** Documents whose edits were refused: never stored, unloaded as soon as they are empty. */
  readonly #discarded = new WeakSet<Document>();
  readonly #retryDelaysMs: number[];
  readonly #unsavedRetryMs: number;
  readonly #queue: SaveQueue;
  /** Documents someone is about to read from the database (how many flushes wait): their stores skip the pacing. */
  readonly #urgent = new WeakMap<Document, number>();
  /** How each document's last store ended, read by `storeNow`. */
  readonly #results = new WeakMap<Document, StoreResult>();
  /** Automatic versions: when each document was last kept, and who changed it since. */
  readonly versions: AutoVersions;
  /** Statistics for the benchmark and tests. */
  readonly stats = { writes: 0, skipped: 0, failures: 0, refused: 0 };

  constructor({
    retryDelaysMs = [200, 1_000, 3_000],
    unsavedRetryMs = 10_000,
    versionIntervalMs,
    pacing,
  }: PersistenceOptions = {}) {
    this.#queue = new SaveQueue(pacing);
    this.#retryDelaysMs = retryDelaysMs;
    this.#unsavedRetryMs = unsavedRetryMs;
    this.versions = new AutoVersions(versionIntervalMs);
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const sectionId = sectionIdOf(documentName);
    if (!sectionId) throw new Refusal("not-found");
    // Any error here refuses the connection: Hocuspocus then unloads the
    // (empty) document without storing it, so stored content is never overwritten.
    let section;
    try {
      section = await loadSectionDocument(sectionId);
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
    // A section never kept yet counts from its creation: its first version
    // comes after ~5 minutes of a new stage's writing, or at once for an old one.
    this.versions.loaded(documentName, section.lastVersionAt ?? section.createdAt);
    this.#contexts.set(documentName, section.context);
  }

  /**
   * A section's first document, built on the server from its template (or
   * from text written before the editor existed). Written only where none
   * exists yet, so two collab servers opening it at once agree on one seed
   * instead of merging two copies of the template.
   */
  async #seed(sectionId: string, text: string, stage: Stage): Promise<Uint8Array> {
    const seed = text.trim() ? plainTextYDoc(text) : templateYDoc(stage);
    const { written, state } = await seedSectionDocument({ sectionId, document: seed });
    if (written) return state;
    const winner = await db().section.findUniqueOrThrow({
      where: { id: sectionId },
      select: { ydoc: true },
    });
    if (!winner.ydoc) throw new Error(`Section ${sectionId} lost its document while seeding`);
    return winner.ydoc;
  }

  /** Notes who changed the document, so the store can check they still may. */
  async onChange({ documentName, context }: onChangePayload): Promise<void> {
    const { userId } = (context ?? {}) as Partial<CollabContext>;
    if (!userId) return; // a change relayed from another instance, checked there
    let contributors = this.#contributors.get(documentName);
    if (!contributors) this.#contributors.set(documentName, (contributors = new Set()));
    contributors.add(userId);
    this.versions.changedBy(documentName, userId);
  }

  /** A connection that arrives while a refused document is being dropped must load it afresh. */
  async connected({ connection }: connectedPayload): Promise<void> {
    if (this.#discarded.has(connection.document)) revoke(connection, EDITS_REFUSED);
  }

  async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    const { documentName, document, instance } = payload;
    const sectionId = sectionIdOf(documentName);
    if (!sectionId) return;
    if (this.#discarded.has(document)) return void this.#results.set(document, "refused");
    for (let attempt = 0; ; attempt++) {
      try {
        const saved = await this.#queue.run(documentName, () => this.#store(sectionId, document), {
          urgent: (this.#urgent.get(document) ?? 0) > 0,
        });
        if (!saved) {
          this.stats.skipped++;
          this.#results.set(document, "stored");
          return;
        }
        if (saved.outcome !== "written") {
          this.stats.refused++;
          this.#results.set(document, "refused");
          this.#discard(document, instance, saved.outcome);
          return;
        }
        this.stats.writes++;
        this.#results.set(document, "stored");
        this.#stored.set(documentName, saved.hash);
        this.#unsaved.delete(documentName);
        notify(document, { type: "saved", savedAt: saved.savedAt.toISOString() });
        await this.versions.stored({ documentName, sectionId, ...saved });
        return;
      } catch (error) {
        this.stats.failures++;
        const delay = this.#retryDelaysMs[attempt];
        if (delay === undefined) {
          this.#results.set(document, "failed");
          this.#unsaved.add(documentName);
          console.error(
            `[collab] saving ${documentName} failed; it stays in memory and is retried`,
            error,
          );
          // Try again later even if nobody types: the last person may already have left.
          setTimeout(
            () => void instance.storeDocumentHooks(document, payload, true),
            this.#unsavedRetryMs,
          ).unref();
          throw error;
        }
        await sleep(delay);
      }
    }
  }

  /** Stores the document unless unchanged; undefined when there was nothing to store. */
  async #store(
    sectionId: string,
    document: Document,
  ): Promise<
    | {
        hash: string;
        outcome: StoreOutcome;
        savedAt: Date;
        state: Uint8Array;
        snapshot: DocumentSnapshot;
      }
    | undefined
  > {
    const state = Y.encodeStateAsUpdate(document);
    const hash = hashOf(state);
    if (this.#stored.get(document.name) === hash) return undefined;
    // Taken now: people who change the document while the statement runs are checked next time.
    const contributors = [...(this.#contributors.get(document.name) ?? [])];
    const result = await storeSectionDocument({
      sectionId,
      document,
      state,
      contributors,
      context: this.#contexts.get(document.name),
    });
    if (result.context) this.#contexts.set(document.name, result.context);
    if (result.outcome === "written") {
      const pending = this.#contributors.get(document.name);
      for (const userId of contributors) pending?.delete(userId);
    }
    return { hash, state, ...result };
  }

  /**
   * Drops a document whose edits the database refused: its connections are
   * revoked (the browsers reload it and tell their people that their last
   * edits were not kept), and Hocuspocus unloads it once they are gone.
   */
  #discard(document: Document, instance: Hocuspocus, outcome: Exclude<StoreOutcome, "written">) {
    console.warn(
      `[collab] ${document.name}: edits refused (${outcome}); dropping them and reloading it`,
    );
    this.#discarded.add(document);
    this.#unsaved.delete(document.name);
    this.#contributors.delete(document.name);
    for (const connection of document.getConnections()) revoke(connection, EDITS_REFUSED);
    // If nobody was connected, nothing else will unload it.
    setTimeout(() => void instance.unloadDocument(document), 0);
  }

  /**
   * Stores a document now, whatever the debounce: before a stage completes
   * or a member's rights change, so the edits made until then are kept.
   * Resolves once stored (or refused, or failed: the caller goes on, and the
   * store's guard still holds).
   */
  async flush(instance: Hocuspocus, document: Document): Promise<void> {
    // A debounced store of it may be waiting its paced turn: Hocuspocus runs ours after it.
    this.#urgent.set(document, (this.#urgent.get(document) ?? 0) + 1);
    this.#queue.hurry(document.name);
    try {
      await this.#storeImmediately(instance, document);
    } finally {
      this.#urgent.set(document, (this.#urgent.get(document) ?? 1) - 1);
    }
  }

  /** No more pacing: the server is stopping and every document must be stored now. */
  drain() {
    this.#queue.drain();
  }

  #storeImmediately(instance: Hocuspocus, document: Document) {
    return instance.storeDocumentHooks(
      document,
      {
        instance,
        clientsCount: document.getConnectionsCount(),
        document,
        documentName: document.name,
        lastContext: {},
        lastTransactionOrigin: undefined,
      },
      true,
    );
  }

  /** Stores a document now, like `flush`, and says how that ended. */
  async storeNow(instance: Hocuspocus, document: Document): Promise<StoreResult> {
    this.#results.delete(document);
    await this.flush(instance, document);
    return this.#results.get(document) ?? "failed";
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    // Rejecting keeps the document in memory: its last change is not in the database yet.
    if (this.#unsaved.has(documentName)) throw new Error(`${documentName} has unsaved changes`);
    this.#stored.delete(documentName);
    this.#contexts.delete(documentName);
    this.#contributors.delete(documentName);
    this.versions.forget(documentName);
  }
}

function notify(document: Document, notice: CollabNotice) {
  document.broadcastStateless(JSON.stringify(notice));
}
