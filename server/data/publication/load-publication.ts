import "server-only";
import type { DbTx } from "@/server/db";
import { PUBLICATION_SELECT, toPublicationView, type PublicationView } from "./publication-view";

export type LoadPublicationOptions = {
  tx: DbTx;
  initiativeId: string;
  /** A version, or undefined for the newest. */
  version: number | undefined;
};

type PublicationRow = Parameters<typeof toPublicationView>[0];

/**
 * Publications already read, by id. A publication never changes (a database
 * trigger refuses updates), so a row read once is good for as long as the
 * process lives; which versions exist is asked every time, so a new version
 * or a deleted initiative shows at once. Bounded: the oldest read goes first.
 */
const rows = new Map<string, PublicationRow>();
const ROWS_MAX = 100;

/**
 * One version of an initiative's publications with the list of all versions,
 * or null: one small query for the versions, and the snapshot from memory
 * after its first read (docs/benchmarks.md, "Reader").
 */
export async function loadPublication({
  tx,
  initiativeId,
  version,
}: LoadPublicationOptions): Promise<PublicationView | null> {
  const versions = await tx.publication.findMany({
    where: { initiativeId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, note: true, createdAt: true },
  });
  const chosen =
    version === undefined ? versions[0] : versions.find((entry) => entry.version === version);
  if (!chosen) return null;
  const row = await publicationRow(tx, chosen.id);
  if (!row) return null;
  return toPublicationView(
    row,
    versions.map(({ version: number, note, createdAt }) => ({ version: number, note, createdAt })),
  );
}

/** A publication's row, from memory after its first read (publications never change). */
export async function publicationRow(tx: DbTx, id: string): Promise<PublicationRow | null> {
  const cached = rows.get(id);
  if (cached) return cached;
  const read = await tx.publication.findUnique({ where: { id }, select: PUBLICATION_SELECT });
  if (!read) return null;
  rows.set(id, read);
  if (rows.size > ROWS_MAX) rows.delete(rows.keys().next().value ?? "");
  return read;
}
