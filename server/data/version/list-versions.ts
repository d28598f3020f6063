import "server-only";
import { db } from "@/server/db";
import { notFound, parseId, parseInput } from "@/server/errors";
import { can } from "@/server/policies/permissions";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { VERSIONS_LISTED, type VersionList } from "@/lib/version-view";
import { ZListVersionsSchema } from "@/lib/schemas/version";
import type { Prisma } from "@/generated/prisma/client";
import { VERSION_SELECT, versionViews } from "./version-view";

export type ListVersionsOptions = {
  userId: string;
  sectionId: unknown;
  /** `{ before }`: the id of the oldest version shown, for the page after it. */
  input?: unknown;
};

/**
 * A section's saved versions, newest first, a page at a time, for people
 * who may read its drafts (404 for anyone else), with whether they may save,
 * rename and restore them.
 */
export async function listVersions({
  userId,
  sectionId,
  input = {},
}: ListVersionsOptions): Promise<VersionList> {
  const id = parseId(sectionId, "Section");
  const access = await getSectionAccess({ userId, sectionId: id });
  if (!access) throw notFound("Section");
  const { before } = parseInput(ZListVersionsSchema, input);
  const rows = await db().sectionVersion.findMany({
    where: { sectionId: id, ...(before ? await olderThan(id, before) : {}) },
    // The same order as the cursor: versions kept in the same millisecond by id.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VERSIONS_LISTED + 1,
    select: VERSION_SELECT,
  });
  return {
    versions: await versionViews(db(), rows.slice(0, VERSIONS_LISTED)),
    hasOlder: rows.length > VERSIONS_LISTED,
    canEdit: can(access.actor, "section.edit"),
    canRestore: access.writable,
  };
}

/** Versions after `versionId` in the list's order; 404 if it is not one of this section's. */
async function olderThan(
  sectionId: string,
  versionId: string,
): Promise<Prisma.SectionVersionWhereInput> {
  const cursor = await db().sectionVersion.findFirst({
    where: { id: versionId, sectionId },
    select: { id: true, createdAt: true },
  });
  if (!cursor) throw notFound("Version");
  return {
    OR: [
      { createdAt: { lt: cursor.createdAt } },
      { createdAt: cursor.createdAt, id: { lt: cursor.id } },
    ],
  };
}
