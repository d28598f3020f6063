import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PublicationSnapshot } from "@/lib/publication";

/** The columns a reader page needs of a publication. */
export const PUBLICATION_SELECT = {
  id: true,
  initiativeId: true,
  workspaceId: true,
  version: true,
  note: true,
  title: true,
  description: true,
  snapshot: true,
  assetIds: true,
  createdAt: true,
  publishedBy: { select: { name: true } },
} satisfies Prisma.PublicationSelect;

type PublicationRow = Prisma.PublicationGetPayload<{ select: typeof PUBLICATION_SELECT }>;

/** One version in the list of earlier versions. */
export type PublicationVersion = { version: number; note: string; createdAt: Date };

/** A publication as the reader pages and exports receive it. */
export type PublicationView = Omit<PublicationRow, "snapshot"> & {
  snapshot: PublicationSnapshot;
  /** Every version, newest first. */
  versions: PublicationVersion[];
  /** Whether this is the newest version. */
  latest: boolean;
};

/** Reads a stored row: the snapshot column holds what publishInitiative wrote. */
export function toPublicationView(
  row: PublicationRow,
  versions: PublicationVersion[],
): PublicationView {
  return {
    ...row,
    snapshot: row.snapshot as unknown as PublicationSnapshot,
    versions,
    latest: versions[0]?.version === row.version,
  };
}

/** A version number from a URL: a positive integer, or undefined (answered like an unknown version). */
export function parseVersion(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
