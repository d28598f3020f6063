import "server-only";
import type * as Y from "yjs";
import * as YCodec from "yjs";
import { pgPool } from "@/server/db";
import { rolesWith } from "@/server/policies/permissions";
import { snapshotOf, type DocumentSnapshot } from "@/editor/document";
import { STAGES, WRITABLE_STATES, type Stage } from "@/lib/stages";
import { checkCounts } from "@/lib/checks";
import { CUSTOMER_FIELDS, customerAnswersOf, type CustomerAnswers } from "@/lib/customer-questions";

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
  /**
   * What the checks were counted with at the last store (its result's
   * `context`): the statement then writes only if the customer answers are
   * still those, and otherwise counts again with fresh ones. Saves a round
   * trip on every store of an open document.
   */
  context?: StoreContext;
};

/** The section's stage and its initiative's customer answers: what its checks are counted with. */
export type StoreContext = { stage: Stage; customer: CustomerAnswers };

/**
 * written: stored. refused: the section is no longer writable (locked,
 * complete, or a contributor lost the right to edit) and was left as it was.
 * missing: the section was deleted.
 */
export type StoreOutcome = "written" | "refused" | "missing";

// This runs for every store of every open document (several a minute each),
// so it speaks SQL through the `pg` pool, not Prisma: see pgPool() in server/db.ts.

/** The initiative's customer answers as SQL columns of `alias`, in CUSTOMER_FIELDS order. */
export const customerColumns = (alias: string) =>
  CUSTOMER_FIELDS.map((field) => `${alias}."${field}"`).join(", ");

const CONTEXT_SQL = `
  SELECT s."stage", ${customerColumns("i")}
  FROM "Section" AS s JOIN "Initiative" AS i ON i."id" = s."initiativeId"
  WHERE s."id" = $1`;

/**
 * The guarded write: the section's state must be writable (a completion or a
 * reopen of an earlier stage changes that row, so a store racing it waits on
 * the row lock and re-checks), every earlier stage complete, every
 * contributor still a member whose role may edit, and the initiative not
 * archived (archiving freezes and stores open documents first, then updates
 * the initiative's row), and its customer answers still those the checks
 * were counted with. The initiative's "Updated" time moves with it.
 * Timestamps travel as UTC ISO strings into timestamp(3) columns, as Prisma
 * writes them, whatever the process's time zone.
 */
const STORE_SQL = `
  WITH stored AS (
    UPDATE "Section" AS s
    SET "ydoc" = $2, "content" = $3::jsonb, "text" = $4, "wordCount" = $5,
        "checksPassed" = $6, "checksTotal" = $7, "savedAt" = $8::timestamp, "updatedAt" = $8::timestamp
    WHERE s."id" = $1
      AND s."state"::text = ANY($9::text[])
      AND EXISTS (
        SELECT 1 FROM "Initiative" AS active
        WHERE active."id" = s."initiativeId" AND active."archivedAt" IS NULL
          AND ARRAY[${customerColumns("active")}] = $13::text[])
      AND NOT EXISTS (
        SELECT 1 FROM "Section" AS earlier
        WHERE earlier."initiativeId" = s."initiativeId"
          AND array_position($10::text[], earlier."stage"::text)
            < array_position($10::text[], s."stage"::text)
          AND earlier."state" <> 'COMPLETE')
      AND NOT EXISTS (
        SELECT 1 FROM unnest($11::text[]) AS contributor("userId")
        WHERE NOT EXISTS (
          SELECT 1 FROM "Membership" AS m
          JOIN "Initiative" AS i ON i."workspaceId" = m."workspaceId"
          WHERE i."id" = s."initiativeId"
            AND m."userId" = contributor."userId"
            AND m."role"::text = ANY($12::text[])))
    RETURNING s."initiativeId")
  UPDATE "Initiative" SET "updatedAt" = $8::timestamp
  WHERE "id" IN (SELECT "initiativeId" FROM stored)
  RETURNING (SELECT count(*) FROM stored)::int AS "written"`;

const WRITABLE = [...WRITABLE_STATES];
const STAGE_ORDER = [...STAGES];
const EDITOR_ROLES = [...rolesWith("section.edit")];

type ContextRow = { stage: Stage } & CustomerAnswers;

async function readContext(sectionId: string): Promise<StoreContext | undefined> {
  const { rows } = await pgPool().query<ContextRow>({
    name: "foreword-store-context",
    text: CONTEXT_SQL,
    values: [sectionId],
  });
  const row = rows[0];
  return row && { stage: row.stage, customer: customerAnswersOf(row) };
}

const sameAnswers = (a: CustomerAnswers, b: CustomerAnswers) =>
  CUSTOMER_FIELDS.every((field) => a[field] === b[field]);

/**
 * Writes a section's Yjs state with its editor JSON, plain text, word count
 * and checks passed in one statement (and marks the initiative updated), so
 * readers never see a text that does not match the document — and only while
 * the section may still change (STORE_SQL's guard). Whatever a client sent,
 * and whether or not the collab server heard about the change, a locked or
 * complete section is never written here.
 */
export async function storeSectionDocument({
  sectionId,
  document,
  contributors,
  state = YCodec.encodeStateAsUpdate(document),
  context: known,
}: StoreSectionDocumentOptions): Promise<{
  outcome: StoreOutcome;
  savedAt: Date;
  /** What was (or would have been) stored beside the Yjs state: a version copies it. */
  snapshot: DocumentSnapshot;
  /** What the checks were counted with, to pass to the next store of this section. */
  context?: StoreContext;
}> {
  const snapshot = snapshotOf(document);
  let context = known ?? (await readContext(sectionId));
  // The answers may change between reading them and the statement: then count again.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!context) return { outcome: "missing", savedAt: new Date(), snapshot };
    const counts = checkCounts(context.stage, snapshot.json, context);
    const savedAt = new Date();
    const answers = context.customer;
    const result = await pgPool().query<{ written: number }>({
      // Named: each pooled connection parses and plans it once, not on every store.
      name: "foreword-store-section",
      text: STORE_SQL,
      values: [
        sectionId,
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
        JSON.stringify(snapshot.json),
        snapshot.text,
        snapshot.wordCount,
        counts.checksPassed,
        counts.checksTotal,
        savedAt.toISOString(),
        WRITABLE,
        STAGE_ORDER,
        [...contributors],
        EDITOR_ROLES,
        CUSTOMER_FIELDS.map((field) => answers[field]),
      ],
    });
    if (result.rows[0]?.written === 1) return { outcome: "written", savedAt, snapshot, context };
    const current = await readContext(sectionId);
    // The same answers: the guard refused it. (Answers changed after a
    // successful store are counted again by updateCustomer, from what it stored.)
    if (current && sameAnswers(current.customer, answers))
      return { outcome: "refused", savedAt, snapshot, context: current };
    context = current;
  }
  // Never "refused" for this: that would drop the edits. A failed store is retried, the document kept.
  throw new Error(`The customer answers of section ${sectionId} kept changing while it was stored`);
}
