import "server-only";
import type { DbTx } from "@/server/db";
import { versionTitle, type VersionKind } from "@/lib/version-labels";
import type { VersionView } from "@/lib/version-view";

/** The columns a version's list entry needs (never its document). */
export const VERSION_SELECT = {
  id: true,
  kind: true,
  name: true,
  createdAt: true,
  wordCount: true,
  authorIds: true,
  restoredFromId: true,
  createdBy: { select: { name: true } },
} as const;

type VersionRow = {
  id: string;
  kind: VersionKind;
  name: string;
  createdAt: Date;
  wordCount: number;
  authorIds: string[];
  restoredFromId: string | null;
  createdBy: { name: string } | null;
};

/**
 * Shapes version rows for the history: authors by name (people since
 * removed from the workspace keep their names) and, for a restore, the
 * title of the version it brought back. Two queries whatever the count.
 */
export async function versionViews(tx: DbTx, rows: readonly VersionRow[]): Promise<VersionView[]> {
  const authorIds = [...new Set(rows.flatMap((row) => row.authorIds))];
  const sourceIds = [...new Set(rows.flatMap((row) => row.restoredFromId ?? []))];
  const [users, sources] = await Promise.all([
    authorIds.length
      ? tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
      : [],
    sourceIds.length
      ? tx.sectionVersion.findMany({
          where: { id: { in: sourceIds } },
          select: { id: true, kind: true, name: true },
        })
      : [],
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const titles = new Map(sources.map((source) => [source.id, versionTitle(source)]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    wordCount: row.wordCount,
    createdByName: row.createdBy?.name ?? null,
    authorNames: row.authorIds.flatMap((id) => names.get(id) ?? []),
    restoredFromTitle: row.restoredFromId ? (titles.get(row.restoredFromId) ?? null) : null,
  }));
}
