import "server-only";
import { db, type DbTx } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";
import { isStageWritable, statesOf } from "@/lib/stages";

export type LoadVersionScopeOptions = { userId: string; versionId: unknown; tx?: DbTx };

/**
 * A version with its section, initiative and the person's role: 404 for a
 * malformed or unknown id and for anyone who may not read the section's
 * drafts (viewers, other workspaces), as for every draft.
 */
export async function loadVersionScope({ userId, versionId, tx = db() }: LoadVersionScopeOptions) {
  const id = parseId(versionId, "Version");
  const version = await tx.sectionVersion.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      name: true,
      sectionId: true,
      section: {
        select: {
          stage: true,
          initiativeId: true,
          initiative: {
            select: {
              workspaceId: true,
              archivedAt: true,
              sections: { select: { stage: true, state: true } },
            },
          },
        },
      },
    },
  });
  if (!version) throw notFound("Version");
  const { initiative, stage, initiativeId } = version.section;
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId, tx });
  if (!actor || !can(actor, "initiative.readDrafts")) throw notFound("Version");
  return {
    version,
    actor,
    stage,
    initiativeId,
    workspaceId: initiative.workspaceId,
    archivedAt: initiative.archivedAt,
    sectionId: version.sectionId,
    /** The stage rules let its section change now (whoever asks). */
    stageWritable: isStageWritable(statesOf(initiative.sections), stage),
  };
}
