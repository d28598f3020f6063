import "server-only";
import type * as Y from "yjs";
import * as YCodec from "yjs";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { snapshotOf } from "@/editor/document";
import { checkCounts } from "@/lib/checks";
import { getCheckContext } from "./get-check-context";

export type SeedSectionDocumentOptions = { sectionId: string; document: Y.Doc };

/**
 * Gives a section its first Yjs document (the stage's template, or the text
 * it held before the editor existed), only where it has none yet, so two
 * collab servers opening it at once agree on one seed. It writes whatever the
 * section's state: a locked stage opened read-only still needs a document to
 * show, and the seed only gives stored content its first Yjs form.
 */
export async function seedSectionDocument({ sectionId, document }: SeedSectionDocumentOptions) {
  const state = YCodec.encodeStateAsUpdate(document);
  const snapshot = snapshotOf(document);
  const context = await getCheckContext({ sectionId });
  if (!context) return { written: false, state };
  const { count } = await db().section.updateMany({
    where: { id: sectionId, ydoc: null },
    data: {
      ydoc: new Uint8Array(state),
      content: snapshot.json as Prisma.InputJsonValue,
      text: snapshot.text,
      wordCount: snapshot.wordCount,
      ...checkCounts(context.stage, snapshot.json, context),
      savedAt: new Date(),
    },
  });
  return { written: count === 1, state };
}
