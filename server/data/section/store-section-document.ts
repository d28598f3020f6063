import "server-only";
import type * as Y from "yjs";
import * as YCodec from "yjs";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { snapshotOf } from "@/editor/document";

export type StoreSectionDocumentOptions = {
  sectionId: string;
  document: Y.Doc;
  /** Only write if the section has no document yet (first seed); returns false if one exists. */
  onlyIfEmpty?: boolean;
  /** The document's encoded state, when the caller already has it. */
  state?: Uint8Array;
};

/**
 * Writes a section's Yjs state with its editor JSON, plain text and word
 * count in one statement, so readers never see a text that does not match
 * the document. The collab server's persistence is the only caller in the
 * app; tests use it to put content where the collab server would.
 */
export async function storeSectionDocument({
  sectionId,
  document,
  onlyIfEmpty = false,
  state = YCodec.encodeStateAsUpdate(document),
}: StoreSectionDocumentOptions) {
  const snapshot = snapshotOf(document);
  const savedAt = new Date();
  const data = {
    ydoc: new Uint8Array(state),
    content: snapshot.json as Prisma.InputJsonValue,
    text: snapshot.text,
    wordCount: snapshot.wordCount,
    savedAt,
  };
  const { count } = await db().section.updateMany({
    where: onlyIfEmpty ? { id: sectionId, ydoc: null } : { id: sectionId },
    data,
  });
  return { written: count === 1, state, savedAt };
}
