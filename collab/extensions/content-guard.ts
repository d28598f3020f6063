import type { beforeHandleMessagePayload, Document, Extension } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { YJS_FIELD } from "@/editor/extensions";
import { revoke, type CloseReason } from "../close-connection";

/**
 * The limits (collab/extensions/limits.ts): a depth beyond any real document
 * (a list in a quote in a list is four; the editor and the server's JSON
 * snapshot recurse per level, and 1,500 levels overflowed the stack on every
 * later load), and a size far beyond a written stage (kilobytes; images are
 * stored as assets, never inline).
 */
export type ContentGuardOptions = { maxDepth: number; maxDocumentBytes: number };

export const CONTENT_TOO_DEEP = { code: 4003, reason: "content-too-deep" } as const;
export const DOCUMENT_TOO_LARGE = { code: 4004, reason: "document-too-large" } as const;

const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a sync message carries, if it carries one. */
function updateOf(message: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the document's address
    if (decoding.readVarUint(decoder) !== SYNC) return undefined;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return undefined;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return undefined; // malformed: Hocuspocus refuses it on its own
  }
}

/** Nesting of a type: how many elements hold it, up to the root (counting stops past `max`). */
function depthOf(type: Y.AbstractType<unknown>, max: number): number {
  let depth = 0;
  for (let item = type._item; item && depth <= max; depth++) {
    item = (item.parent as Y.AbstractType<unknown>)._item;
  }
  return depth;
}

/**
 * Whether applying `update` would nest elements deeper than `maxDepth`, or
 * leave new elements waiting on parts we do not have (they would be placed,
 * unchecked, once those arrive). Tried on a copy, and only for updates that
 * add elements: typing adds text, which nests nothing.
 */
function tooDeep(document: Document, update: Uint8Array, maxDepth: number): boolean {
  const added = Y.decodeUpdate(update).structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item && struct.content instanceof Y.ContentType,
  );
  if (added.length === 0) return false;
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
    copy.getXmlFragment(YJS_FIELD);
    Y.applyUpdate(copy, update);
    for (const { id } of added) {
      if (Y.getState(copy.store, id.client) <= id.clock) return true; // left pending
      const item = Y.getItem(copy.store, id) as Y.Item;
      const type = (item.content as Y.ContentType).type;
      if (depthOf(type, maxDepth) > maxDepth) return true;
    }
    return false;
  } finally {
    copy.destroy();
  }
}

/**
 * Refuses, before it is applied or relayed, an update that would make a
 * section's document too deep for the editor to render or the server to
 * store, or too large: the connection that sent it is revoked with a
 * reason. Every other update passes untouched.
 */
export class ContentGuard implements Extension {
  extensionName = "foreword-content-guard";
  /** The encoded size each document has reached, estimated from what was applied since it was measured. */
  readonly #sizes = new WeakMap<Document, number>();

  constructor(private readonly options: ContentGuardOptions) {}

  async beforeHandleMessage({
    update: message,
    connection,
    document,
  }: beforeHandleMessagePayload): Promise<void> {
    if (connection.readOnly) return; // Hocuspocus drops its updates anyway
    const update = updateOf(message);
    if (!update) return;
    if (this.#grows(document, update) > this.options.maxDocumentBytes)
      this.#refuse(connection, DOCUMENT_TOO_LARGE);
    if (tooDeep(document, update, this.options.maxDepth))
      this.#refuse(connection, CONTENT_TOO_DEEP);
  }

  /** The size the document would reach; measured exactly only when the estimate nears the limit. */
  #grows(document: Document, update: Uint8Array): number {
    const limit = this.options.maxDocumentBytes;
    const measured = () => Y.encodeStateAsUpdate(document).byteLength;
    let size = (this.#sizes.get(document) ?? measured()) + update.byteLength;
    if (size > limit) size = measured() + update.byteLength;
    if (size <= limit) this.#sizes.set(document, size);
    return size;
  }

  #refuse(connection: beforeHandleMessagePayload["connection"], reason: CloseReason): never {
    revoke(connection, reason);
    // Thrown: Hocuspocus then neither applies nor relays the message.
    throw Object.assign(new Error(reason.reason), reason);
  }
}
