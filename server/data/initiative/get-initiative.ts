import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";
import { STAGES, isArchived, isStageWritable, type Stage, statesOf } from "@/lib/stages";
import { CUSTOMER_SELECT } from "@/lib/customer-questions";

export type GetInitiativeOptions = { userId: string; initiativeId: string };

/**
 * An initiative with its sections in stage order and its newest published
 * version, for someone who may read drafts. 404 for anyone else, including
 * viewers, so drafts stay private.
 */
export async function getInitiative({ userId, initiativeId }: GetInitiativeOptions) {
  const initiative = await db().initiative.findUnique({
    where: { id: parseId(initiativeId, "Initiative") },
    select: {
      id: true,
      title: true,
      ...CUSTOMER_SELECT,
      workspaceId: true,
      createdAt: true,
      archivedAt: true,
      owner: { select: { id: true, name: true } },
      workspace: { select: { id: true, name: true } },
      sections: {
        select: {
          id: true,
          stage: true,
          state: true,
          wordCount: true,
          checksPassed: true,
          checksTotal: true,
          savedAt: true,
          completedAt: true,
          updatedAt: true,
        },
      },
      // The newest publication only: the header links to it ("Published · v3").
      publications: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
    },
  });
  if (!initiative) throw notFound("Initiative");
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId });
  if (!can(actor, "initiative.readDrafts")) throw notFound("Initiative");

  const { publications, ...rest } = initiative;
  const states = statesOf(initiative.sections);
  const byStage = new Map(initiative.sections.map((section) => [section.stage, section]));
  const sections = STAGES.map((stage: Stage) => {
    const section = byStage.get(stage);
    if (!section) throw new Error(`Initiative ${initiativeId} has no ${stage} section`);
    return { ...section, writable: !isArchived(initiative) && isStageWritable(states, stage) };
  });
  /** The newest published version, or null before the first publication. */
  const publishedVersion = publications[0]?.version ?? null;
  const active = !isArchived(initiative);
  return {
    ...rest,
    sections,
    states,
    actor,
    publishedVersion,
    archived: await archivedBy(initiative),
    /**
     * What this person may do to the initiative itself, from the policy and,
     * for changes, whether it is archived (the server refuses them then too).
     */
    may: {
      /** Change its content, answers and stages: role permitting, and only while it is active. */
      change: active,
      /** Rename it and edit its customer answers. */
      edit: active && can(actor, "initiative.edit"),
      archive: can(actor, "initiative.archive"),
      delete: can(actor, "initiative.delete"),
    },
  };
}

/** Who archived an initiative and when (from the activity log), or null while it is active. */
async function archivedBy({ id, archivedAt }: { id: string; archivedAt: Date | null }) {
  if (!archivedAt) return null;
  const activity = await db().activity.findFirst({
    where: { initiativeId: id, type: "initiative.archived" },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return { at: archivedAt, by: activity?.actor.name ?? null };
}
