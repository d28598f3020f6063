import "server-only";
import { db } from "@/server/db";

export type GetShareLinkOptions = { initiativeId: string };

/**
 * The initiative's live share link, or null. Callers show it only to people
 * who may share (can(actor, "publication.share")): the token is the key.
 */
export async function getShareLink({ initiativeId }: GetShareLinkOptions) {
  return db().shareLink.findFirst({
    where: { initiativeId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { token: true, createdAt: true },
  });
}
