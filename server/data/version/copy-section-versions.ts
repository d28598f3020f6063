import "server-only";
import type { DbTx } from "@/server/db";
import type { VersionKind } from "@/lib/version-labels";

export type CopySectionVersionsOptions = {
  tx: DbTx;
  sectionIds: readonly string[];
  kind: VersionKind;
  name?: string;
  /** Who took it; null when taken automatically. */
  createdById: string | null;
  /** Who edited the text since the previous version. */
  authorIds?: readonly string[];
  restoredFromId?: string;
  createdAt?: Date;
};

/**
 * Keeps each section's stored document (Yjs state, editor JSON, text, word
 * count) as a version, inside the caller's transaction. Sections never
 * opened (no Yjs state yet) have nothing to keep and are skipped. Returns the
 * new versions' ids by section.
 */
export async function copySectionVersions({
  tx,
  sectionIds,
  kind,
  name = "",
  createdById,
  authorIds = [],
  restoredFromId,
  createdAt = new Date(),
}: CopySectionVersionsOptions): Promise<Map<string, string>> {
  if (sectionIds.length === 0) return new Map();
  const sections = await tx.section.findMany({
    where: { id: { in: [...sectionIds] }, ydoc: { not: null } },
    select: { id: true, ydoc: true, content: true, text: true, wordCount: true },
  });
  const created = await tx.sectionVersion.createManyAndReturn({
    data: sections.flatMap(({ id, ydoc, content, text, wordCount }) =>
      ydoc && content !== null
        ? [
            {
              sectionId: id,
              kind,
              name,
              ydoc,
              content,
              text,
              wordCount,
              authorIds: [...authorIds],
              createdById,
              restoredFromId,
              createdAt,
            },
          ]
        : [],
    ),
    select: { id: true, sectionId: true },
  });
  return new Map(created.map((version) => [version.sectionId, version.id]));
}
