import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { conflict } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";
import { loadShareScope } from "./load-share-scope";

export type CreateShareLinkOptions = { userId: string; initiativeId: string };

/**
 * Turns on a secret link to the initiative's latest publication, or makes a
 * new one: the live link, if any, is revoked in the same transaction, so
 * "new link" also cuts off everyone holding the old one. 409 before the
 * first publication: a link would lead nowhere, and while the initiative is
 * archived. Revoking stays possible then: it only ever shares less.
 */
export async function createShareLink({ userId, initiativeId }: CreateShareLinkOptions) {
  return db().$transaction(async (tx) => {
    const scope = await loadShareScope({ tx, userId, initiativeId });
    assertNotArchived(scope);
    const published = await tx.publication.count({ where: { initiativeId: scope.initiativeId } });
    if (published === 0) {
      throw conflict("NOT_PUBLISHED", "Publish the document before sharing a link to it.");
    }
    await tx.shareLink.updateMany({
      where: { initiativeId: scope.initiativeId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    // 192 random bits, url-safe: the link is the only key to the document.
    const token = randomBytes(24).toString("base64url");
    const link = await tx.shareLink.create({
      data: { initiativeId: scope.initiativeId, token, createdById: userId },
      select: { token: true, createdAt: true },
    });
    await recordActivity({
      tx,
      workspaceId: scope.workspaceId,
      initiativeId: scope.initiativeId,
      actorId: userId,
      type: "shareLink.created",
    });
    return link;
  });
}
