import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";
import { SHARE_TOKEN_PATTERN } from "./get-shared-publication";

export type LoadReadablePublicationOptions = {
  /** The signed-in user, or null for a visitor without a session. */
  userId: string | null;
  publicationId: string;
  /** `?share=` from the request: a share link's token, or null. */
  share: string | null;
};

/** How the reader reached the publication: as a member, or through a live share link. */
export type PublicationAccess = { via: "member" } | { via: "share"; token: string };

/**
 * A publication (without its snapshot) for someone who may read it: a
 * member of its workspace (viewers included), or anyone holding a live share
 * link of the same initiative when it is the latest version. 404 for everyone else, for a revoked link, and
 * for an unknown publication, so none of them learns that it exists.
 * Membership comes first: a member reads with their session even when the
 * address also names a link.
 */
export async function loadReadablePublication({
  userId,
  publicationId,
  share,
}: LoadReadablePublicationOptions) {
  const publication = await db().publication.findUnique({
    where: { id: parseId(publicationId, "Publication") },
    select: {
      id: true,
      initiativeId: true,
      workspaceId: true,
      version: true,
      title: true,
      assetIds: true,
    },
  });
  if (!publication) throw notFound("Publication");
  if (userId) {
    const actor = await getActor({ userId, workspaceId: publication.workspaceId });
    if (can(actor, "publication.read")) {
      return { publication, access: { via: "member" } as PublicationAccess };
    }
  }
  if (share && SHARE_TOKEN_PATTERN.test(share)) {
    const link = await db().shareLink.findUnique({
      where: { token: share },
      select: { initiativeId: true, revokedAt: true },
    });
    // A share link shows the latest version only: an earlier one (and its
    // note) may hold what the team has since taken back.
    const latest = await db().publication.findFirst({
      where: { initiativeId: publication.initiativeId },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    if (
      link &&
      !link.revokedAt &&
      link.initiativeId === publication.initiativeId &&
      latest?.id === publication.id
    ) {
      return { publication, access: { via: "share", token: share } as PublicationAccess };
    }
  }
  throw notFound("Publication");
}
