import "server-only";
import { db } from "@/server/db";
import { recordActivity } from "@/server/data/activity/record-activity";
import { loadShareScope } from "./load-share-scope";

export type RevokeShareLinkOptions = { userId: string; initiativeId: string };

/**
 * Revokes the initiative's live share link: from the next request on, it
 * shows "This link was revoked". Returns whether there was one to revoke
 * (revoking twice is not an error).
 */
export async function revokeShareLink({ userId, initiativeId }: RevokeShareLinkOptions) {
  return db().$transaction(async (tx) => {
    const scope = await loadShareScope({ tx, userId, initiativeId });
    const { count } = await tx.shareLink.updateMany({
      where: { initiativeId: scope.initiativeId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordActivity({
        tx,
        workspaceId: scope.workspaceId,
        initiativeId: scope.initiativeId,
        actorId: userId,
        type: "shareLink.revoked",
      });
    }
    return { revoked: count > 0 };
  });
}
