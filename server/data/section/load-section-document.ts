import "server-only";
import { pgPool } from "@/server/db";
import type { Stage } from "@/lib/stages";
import { customerAnswersOf, type CustomerAnswers } from "@/lib/customer-questions";
import { customerColumns, type StoreContext } from "./store-section-document";

export type LoadedSectionDocument = {
  /** The stored Yjs state; null before the section's first document was seeded. */
  ydoc: Uint8Array | null;
  /** Text written before the editor existed (the seed of a section with no Yjs state). */
  text: string;
  stage: Stage;
  createdAt: Date;
  /** When the section was last kept as a version, if ever. */
  lastVersionAt: Date | null;
  /** What its checks are counted with: handed to the first store. */
  context: StoreContext;
};

// Every connection to a document that is not open yet loads it: one
// statement through `pg`, as the store (see pgPool() in server/db.ts).
const LOAD_SQL = `
  SELECT s."ydoc", s."text", s."stage",
    to_char(s."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
    (SELECT to_char(v."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM "SectionVersion" AS v
      WHERE v."sectionId" = s."id" ORDER BY v."createdAt" DESC LIMIT 1) AS "lastVersionAt",
    ${customerColumns("i")}
  FROM "Section" AS s JOIN "Initiative" AS i ON i."id" = s."initiativeId"
  WHERE s."id" = $1`;

type LoadRow = {
  ydoc: Buffer | null;
  text: string;
  stage: Stage;
  createdAt: string;
  lastVersionAt: string | null;
} & CustomerAnswers;

/**
 * What the collab server needs to open a section's document, or undefined
 * when the section does not exist. Timestamps are read as UTC text: the
 * columns are timestamps without a time zone holding UTC, as Prisma writes them.
 */
export async function loadSectionDocument(
  sectionId: string,
): Promise<LoadedSectionDocument | undefined> {
  const { rows } = await pgPool().query<LoadRow>({
    name: "foreword-load-section",
    text: LOAD_SQL,
    values: [sectionId],
  });
  const row = rows[0];
  if (!row) return undefined;
  return {
    ydoc: row.ydoc && new Uint8Array(row.ydoc.buffer, row.ydoc.byteOffset, row.ydoc.byteLength),
    text: row.text,
    stage: row.stage,
    createdAt: new Date(row.createdAt),
    lastVersionAt: row.lastVersionAt ? new Date(row.lastVersionAt) : null,
    context: { stage: row.stage, customer: customerAnswersOf(row) },
  };
}
