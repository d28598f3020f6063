import "server-only";
import { db } from "@/server/db";
import { getActor } from "@/server/data/membership/get-actor";
import { can, type Actor } from "@/server/policies/permissions";
import { isId } from "@/lib/schemas/ids";
import { isArchived, isStageWritable, type SectionState, type Stage, statesOf } from "@/lib/stages";

export type SectionAccess = {
  sectionId: string;
  stage: Stage;
  initiativeId: string;
  workspaceId: string;
  actor: NonNullable<Actor>;
  /** When the initiative was archived (read-only until restored); null while active. */
  archivedAt: Date | null;
  /** Role and stage rules both allow changing the content right now (never while archived). */
  writable: boolean;
  /** The initiative's five sections as they are now (this one included). */
  siblings: { id: string; stage: Stage; state: SectionState }[];
};

/**
 * What a user may do with a section's document, from the database as it is
 * now: null when they may not read it at all. The collab server asks this on
 * every connection, the token endpoint before issuing a token. A malformed
 * id (from a URL, a form or a document name) is a section nobody may read.
 */
export async function getSectionAccess({
  userId,
  sectionId,
}: {
  userId: string;
  sectionId: string;
}): Promise<SectionAccess | null> {
  if (!isId(sectionId)) return null;
  const section = await db().section.findUnique({
    where: { id: sectionId },
    select: {
      stage: true,
      initiativeId: true,
      initiative: {
        select: {
          workspaceId: true,
          archivedAt: true,
          sections: { select: { id: true, stage: true, state: true } },
        },
      },
    },
  });
  if (!section) return null;
  const actor = await getActor({ userId, workspaceId: section.initiative.workspaceId });
  if (!actor || !can(actor, "initiative.readDrafts")) return null;
  const writable =
    can(actor, "section.edit") &&
    !isArchived(section.initiative) &&
    isStageWritable(statesOf(section.initiative.sections), section.stage);
  return {
    sectionId,
    stage: section.stage,
    initiativeId: section.initiativeId,
    workspaceId: section.initiative.workspaceId,
    actor,
    archivedAt: section.initiative.archivedAt,
    writable,
    siblings: section.initiative.sections,
  };
}
