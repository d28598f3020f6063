import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { can } from "@/server/policies/permissions";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import type { VersionList } from "@/lib/version-view";
import { VERSION_SELECT, versionViews } from "./version-view";

export type ListVersionsOptions = { userId: string; sectionId: unknown };

/** The newest this many: about two days of steady writing at one automatic version per 5 minutes. */
export const VERSIONS_LISTED = 200;

/**
 * A section's saved versions, newest first, for people who may read its
 * drafts (404 for anyone else), with whether they may save, rename and
 * restore them.
 */
export async function listVersions({
  userId,
  sectionId,
}: ListVersionsOptions): Promise<VersionList> {
  const id = parseId(sectionId, "Section");
  const access = await getSectionAccess({ userId, sectionId: id });
  if (!access) throw notFound("Section");
  const rows = await db().sectionVersion.findMany({
    where: { sectionId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VERSIONS_LISTED,
    select: VERSION_SELECT,
  });
  return {
    versions: await versionViews(db(), rows),
    canEdit: can(access.actor, "section.edit"),
    canRestore: access.writable,
  };
}
