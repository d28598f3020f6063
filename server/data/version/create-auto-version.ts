import "server-only";
import { db } from "@/server/db";
import type { DocumentSnapshot } from "@/editor/document";
import type { Prisma } from "@/generated/prisma/client";

export type CreateAutoVersionOptions = {
  sectionId: string;
  /** The Yjs state just stored, with its snapshot. */
  state: Uint8Array;
  snapshot: DocumentSnapshot;
  /** Who changed the document since its previous version. */
  authorIds: readonly string[];
  createdAt: Date;
};

/** Keeps what the collab server just stored as an automatic version (every ~5 minutes of editing). */
export async function createAutoVersion({
  sectionId,
  state,
  snapshot,
  authorIds,
  createdAt,
}: CreateAutoVersionOptions): Promise<void> {
  await db().sectionVersion.create({
    data: {
      sectionId,
      kind: "AUTO",
      ydoc: new Uint8Array(state),
      content: snapshot.json as Prisma.InputJsonValue,
      text: snapshot.text,
      wordCount: snapshot.wordCount,
      authorIds: [...authorIds],
      createdAt,
    },
    select: { id: true },
  });
}
