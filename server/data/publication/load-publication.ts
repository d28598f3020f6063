import "server-only";
import type { DbTx } from "@/server/db";
import {
  PUBLICATION_SELECT,
  toPublicationView,
  versionWhere,
  type PublicationView,
} from "./publication-view";

export type LoadPublicationOptions = {
  tx: DbTx;
  initiativeId: string;
  /** A version, or undefined for the newest. */
  version: number | undefined;
};

/** One version of an initiative's publications with the list of all versions, or null. */
export async function loadPublication({
  tx,
  initiativeId,
  version,
}: LoadPublicationOptions): Promise<PublicationView | null> {
  const row = await tx.publication.findFirst({
    where: versionWhere(initiativeId, version),
    orderBy: { version: "desc" },
    select: PUBLICATION_SELECT,
  });
  if (!row) return null;
  const versions = await tx.publication.findMany({
    where: { initiativeId },
    orderBy: { version: "desc" },
    select: { version: true, note: true, createdAt: true },
  });
  return toPublicationView(row, versions);
}
