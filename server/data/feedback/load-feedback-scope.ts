import "server-only";
import type { DbTx } from "@/server/db";
import { notFound } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can, type Actor } from "@/server/policies/permissions";
import { STAGES, type Stage } from "@/lib/stages";

export type LoadFeedbackScopeOptions = {
  tx: DbTx;
  userId: string;
  publicationId: string;
  /** What a refused outsider is told was not found ("Publication", "Thread"). */
  hidden: string;
};

/** The publication feedback is written on, and the writer's standing in its workspace. */
export type FeedbackScope = {
  publicationId: string;
  initiativeId: string;
  workspaceId: string;
  version: number;
  /** The initiative's title as published. */
  title: string;
  publishedById: string;
  /** The stages this version shows: a passage can only be quoted from one of them. */
  stages: Stage[];
  actor: NonNullable<Actor>;
};

type PublicationRow = Omit<FeedbackScope, "actor" | "stages" | "publicationId"> & {
  stages: string[];
};

/**
 * A publication, for someone who may read it (every member of its
 * workspace, viewers included): 404 for everyone else, since whether it
 * exists is the workspace's business. The snapshot itself is not loaded;
 * only the names of its stages.
 */
export async function loadFeedbackScope({
  tx,
  userId,
  publicationId,
  hidden,
}: LoadFeedbackScopeOptions): Promise<FeedbackScope> {
  const [row] = await tx.$queryRaw<PublicationRow[]>`
    SELECT "initiativeId", "workspaceId", version, title, "publishedById",
      ARRAY(SELECT jsonb_array_elements(snapshot->'stages')->>'stage') AS stages
    FROM "Publication" WHERE id = ${publicationId}`;
  if (!row) throw notFound(hidden);
  const actor = await getActor({ userId, workspaceId: row.workspaceId, tx });
  if (!actor || !can(actor, "publication.read")) throw notFound(hidden);
  const stages = STAGES.filter((stage) => row.stages.includes(stage));
  return { ...row, publicationId, stages, actor };
}
