import "server-only";
import { db } from "@/server/db";
import { recordActivity } from "@/server/data/activity/record-activity";
import type { DocumentSnapshot } from "@/editor/document";
import type { Prisma } from "@/generated/prisma/client";
import { STAGE_INFO } from "@/lib/stages";
import { copySectionVersions } from "./copy-section-versions";

export type RecordRestoreOptions = {
  sectionId: string;
  /** The version brought back. */
  versionId: string;
  userId: string;
  /** The document just before the restore replaced it, as the editors had it. */
  before: { state: Uint8Array; snapshot: DocumentSnapshot };
  /** Who edited the replaced text since the previous version. */
  authorIds: readonly string[];
  /** The restored version's name ("" if none), so the timeline can say which came back. */
  versionName: string;
};

/**
 * Records a restore the collab server has just stored, in one transaction:
 * the text it replaced (BEFORE_RESTORE, so the restore loses nothing), the
 * text it made current as stored (RESTORED), and the activity entry.
 */
export async function recordRestore({
  sectionId,
  versionId,
  userId,
  before,
  authorIds,
  versionName,
}: RecordRestoreOptions) {
  return db().$transaction(async (tx) => {
    const section = await tx.section.findUniqueOrThrow({
      where: { id: sectionId },
      select: { stage: true, initiativeId: true, initiative: { select: { workspaceId: true } } },
    });
    const now = Date.now();
    const kept = await tx.sectionVersion.create({
      data: {
        sectionId,
        kind: "BEFORE_RESTORE",
        ydoc: new Uint8Array(before.state),
        content: before.snapshot.json as Prisma.InputJsonValue,
        text: before.snapshot.text,
        wordCount: before.snapshot.wordCount,
        authorIds: [...authorIds],
        createdById: userId,
        restoredFromId: versionId,
        createdAt: new Date(now),
      },
      select: { id: true },
    });
    // A millisecond later, so the history lists the restore above what it replaced.
    const restored = await copySectionVersions({
      tx,
      sectionIds: [sectionId],
      kind: "RESTORED",
      createdById: userId,
      restoredFromId: versionId,
      createdAt: new Date(now + 1),
    });
    await recordActivity({
      tx,
      workspaceId: section.initiative.workspaceId,
      initiativeId: section.initiativeId,
      actorId: userId,
      type: "version.restored",
      data: {
        stage: section.stage,
        label: STAGE_INFO[section.stage].label,
        versionId,
        ...(versionName ? { name: versionName } : {}),
        beforeVersionId: kept.id,
        restoredVersionId: restored.get(sectionId) ?? null,
      },
    });
    return { beforeVersionId: kept.id, restoredVersionId: restored.get(sectionId) };
  });
}
