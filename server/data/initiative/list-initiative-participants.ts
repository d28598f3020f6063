import "server-only";
import { db, type DbTx } from "@/server/db";
import { listDraftReaders } from "@/server/data/membership/list-draft-readers";

export type ListInitiativeParticipantsOptions = { initiativeId: string; tx?: DbTx };

/**
 * The people who work on an initiative, for news of its stages: its owner,
 * everyone with an entry in its activity log (writers who completed or
 * reopened stages, commenters, reviewers and those who asked them) and
 * everyone asked to review one of its stages. Only those who are members
 * now and may read drafts: a stage's page is no place to send a viewer.
 */
export async function listInitiativeParticipants({
  initiativeId,
  tx = db(),
}: ListInitiativeParticipantsOptions): Promise<string[]> {
  const initiative = await tx.initiative.findUniqueOrThrow({
    where: { id: initiativeId },
    select: { ownerId: true, workspaceId: true },
  });
  const actors = await tx.activity.findMany({
    where: { initiativeId },
    distinct: ["actorId"],
    select: { actorId: true },
  });
  const reviewers = await tx.review.findMany({
    where: { section: { initiativeId } },
    distinct: ["reviewerId"],
    select: { reviewerId: true },
  });
  return listDraftReaders({
    tx,
    workspaceId: initiative.workspaceId,
    userIds: [
      initiative.ownerId,
      ...actors.map((activity) => activity.actorId),
      ...reviewers.map((review) => review.reviewerId),
    ],
  });
}
