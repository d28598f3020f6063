import "server-only";
import { db } from "@/server/db";
import { conflict, forbidden, notFound, parseId, parseInput } from "@/server/errors";
import { can } from "@/server/policies/permissions";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { recordActivity } from "@/server/data/activity/record-activity";
import { storeOnCollab } from "@/server/collab/collab-versions";
import { ZNameVersionSchema } from "@/lib/schemas/version";
import { sectionDocumentName } from "@/lib/collab-document";
import { STAGE_INFO } from "@/lib/stages";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";
import { copySectionVersions } from "./copy-section-versions";

export type NameVersionOptions = { userId: string; sectionId: unknown; input: unknown };

/**
 * Saves a section's current text under a name ("Draft for Tuesday"), for
 * owners and editors (403 for reviewers, 404 for anyone who may not read
 * drafts). The collab server first stores the open document, so the version
 * holds what the editors show; then the stored row is copied.
 */
export async function nameVersion({ userId, sectionId, input }: NameVersionOptions) {
  const { name } = parseInput(ZNameVersionSchema, input);
  const id = parseId(sectionId, "Section");
  const access = await getSectionAccess({ userId, sectionId: id });
  if (!access) throw notFound("Section");
  if (!can(access.actor, "section.edit"))
    throw forbidden("Only owners and editors can save versions.");
  assertNotArchived(access);
  const { authorIds } = await storeOnCollab(sectionDocumentName(id));
  return db().$transaction(async (tx) => {
    const taken = await copySectionVersions({
      tx,
      sectionIds: [id],
      kind: "NAMED",
      name,
      createdById: userId,
      authorIds,
    });
    const versionId = taken.get(id);
    if (!versionId) throw conflict("NOTHING_WRITTEN", "Nothing has been written here yet.");
    await recordActivity({
      tx,
      workspaceId: access.workspaceId,
      initiativeId: access.initiativeId,
      actorId: userId,
      type: "version.named",
      data: { stage: access.stage, label: STAGE_INFO[access.stage].label, versionId, name },
    });
    return { versionId, name };
  });
}
