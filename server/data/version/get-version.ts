import "server-only";
import type { JSONContent } from "@tiptap/core";
import { db } from "@/server/db";
import { countChanges, diffDocuments } from "@/lib/version-diff";
import type { VersionDetail } from "@/lib/version-view";
import { loadVersionScope } from "./load-version-scope";
import { VERSION_SELECT, versionViews } from "./version-view";

export type GetVersionOptions = { userId: string; versionId: unknown };

/**
 * One version for the history, with its differences from the section's
 * current (stored) text, computed here from the two editor JSON snapshots
 * so the browser receives text only. 404 as for every draft.
 */
export async function getVersion({ userId, versionId }: GetVersionOptions): Promise<VersionDetail> {
  const scope = await loadVersionScope({ userId, versionId });
  const [row, section] = await Promise.all([
    db().sectionVersion.findUniqueOrThrow({
      where: { id: scope.version.id },
      select: { ...VERSION_SELECT, content: true },
    }),
    db().section.findUniqueOrThrow({ where: { id: scope.sectionId }, select: { content: true } }),
  ]);
  const [version] = await versionViews(db(), [row]);
  if (!version) throw new Error("versionViews lost a row");
  const diff = diffDocuments(row.content as JSONContent, section.content as JSONContent | null);
  return { version, diff, changes: countChanges(diff) };
}
