import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can, type Actor } from "@/server/policies/permissions";
import { loadPublication } from "./load-publication";
import { parseVersion, type PublicationView } from "./publication-view";

export type GetPublicationOptions = {
  userId: string;
  initiativeId: string;
  /** The version from the URL; undefined for the newest. */
  version?: string;
};

/**
 * An initiative's publication for a member of its workspace, viewers
 * included, with the reader's standing (for feedback and the team's tools).
 * 404 for everyone else, for an initiative never published, and for a
 * version that does not exist: the live sections are never read here.
 */
export async function getPublication({
  userId,
  initiativeId,
  version,
}: GetPublicationOptions): Promise<PublicationView & { actor: NonNullable<Actor> }> {
  const id = parseId(initiativeId, "Publication");
  const wanted = parseVersion(version);
  if (wanted === null) throw notFound("Publication");
  const initiative = await db().initiative.findUnique({
    where: { id },
    select: { workspaceId: true },
  });
  if (!initiative) throw notFound("Publication");
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId });
  if (!actor || !can(actor, "publication.read")) throw notFound("Publication");
  const publication = await loadPublication({ tx: db(), initiativeId: id, version: wanted });
  if (!publication) throw notFound("Publication");
  return { ...publication, actor };
}
