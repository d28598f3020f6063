import "server-only";
import type * as Y from "yjs";
import * as YCodec from "yjs";
import { db } from "@/server/db";
import { rolesWith } from "@/server/policies/permissions";
import { snapshotOf, type DocumentSnapshot } from "@/editor/document";
import { STAGES, WRITABLE_STATES } from "@/lib/stages";
import { checkCounts } from "@/lib/checks";
import { getCheckContext } from "./get-check-context";

export type StoreSectionDocumentOptions = {
  sectionId: string;
  document: Y.Doc;
  /**
   * Everyone whose edits this state holds that were not stored yet. Each must
   * still be allowed to edit the section when the statement runs, or nothing
   * is written.
   */
  contributors: readonly string[];
  /** The document's encoded state, when the caller already has it. */
  state?: Uint8Array;
};

/**
 * written: stored. refused: the section is no longer writable (locked,
 * complete, or a contributor lost the right to edit) and was left as it was.
 * missing: the section was deleted.
 */
export type StoreOutcome = "written" | "refused" | "missing";

/**
 * Writes a section's Yjs state with its editor JSON, plain text, word count
 * and checks passed in one statement (and marks the initiative updated), so readers never see a text that does not match
 * the document — and only while the section may still change. The guard is
 * in the same UPDATE: the section's own state must be writable (a completion
 * or a reopen of an earlier stage changes that row, so a store racing it
 * waits on the row lock and re-checks), every earlier stage complete, and
 * every contributor still a member whose role may edit, and the initiative
 * not archived (archiving freezes and stores open documents first, then
 * updates the initiative's row). Whatever a client
 * sent, and whether or not the collab server heard about the change, a
 * locked or complete section is never written here.
 */
export async function storeSectionDocument({
  sectionId,
  document,
  contributors,
  state = YCodec.encodeStateAsUpdate(document),
}: StoreSectionDocumentOptions): Promise<{
  outcome: StoreOutcome;
  savedAt: Date;
  /** What was (or would have been) stored beside the Yjs state: a version copies it. */
  snapshot: DocumentSnapshot;
}> {
  const snapshot = snapshotOf(document);
  const context = await getCheckContext({ sectionId });
  if (!context) return { outcome: "missing", savedAt: new Date(), snapshot };
  // Counted for lists. Answers changed after this read are counted again by
  // updateCustomer, from the document this statement stores.
  const counts = checkCounts(context.stage, snapshot.json, context);
  const savedAt = new Date();
  const stages = [...STAGES];
  // The initiative's "Updated" time is when anyone last wrote in it, too.
  const count = await db().$executeRaw`
    WITH stored AS (
    UPDATE "Section" AS s
    SET "ydoc" = ${new Uint8Array(state)},
        "content" = ${JSON.stringify(snapshot.json)}::jsonb,
        "text" = ${snapshot.text},
        "wordCount" = ${snapshot.wordCount},
        "checksPassed" = ${counts.checksPassed},
        "checksTotal" = ${counts.checksTotal},
        "savedAt" = ${savedAt},
        "updatedAt" = ${savedAt}
    WHERE s."id" = ${sectionId}
      AND s."state"::text = ANY(${[...WRITABLE_STATES]}::text[])
      AND EXISTS (
        SELECT 1 FROM "Initiative" AS active
        WHERE active."id" = s."initiativeId" AND active."archivedAt" IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM "Section" AS earlier
        WHERE earlier."initiativeId" = s."initiativeId"
          AND array_position(${stages}::text[], earlier."stage"::text)
            < array_position(${stages}::text[], s."stage"::text)
          AND earlier."state" <> 'COMPLETE')
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${[...contributors]}::text[]) AS contributor("userId")
        WHERE NOT EXISTS (
          SELECT 1 FROM "Membership" AS m
          JOIN "Initiative" AS i ON i."workspaceId" = m."workspaceId"
          WHERE i."id" = s."initiativeId"
            AND m."userId" = contributor."userId"
            AND m."role"::text = ANY(${[...rolesWith("section.edit")]}::text[])))
    RETURNING s."initiativeId")
    UPDATE "Initiative" SET "updatedAt" = ${savedAt}
    WHERE "id" IN (SELECT "initiativeId" FROM stored)`;
  if (count === 1) return { outcome: "written", savedAt, snapshot };
  const exists = await db().section.count({ where: { id: sectionId } });
  return { outcome: exists ? "refused" : "missing", savedAt, snapshot };
}
