import "server-only";
import { db } from "@/server/db";
import { conflict } from "@/server/errors";
import { loadThreadForUpdate } from "./load-thread-for-update";
import { publishCommentChange } from "./notify-comment";
import { recordCommentActivity } from "./record-comment-activity";

export type ResolveThreadOptions = { userId: string; threadId: string };

/**
 * Marks a thread resolved, by anyone who may comment on its section. 409
 * when it already is: the person's view is stale (someone resolved it
 * first), and their page refetches.
 */
export async function resolveThread({ userId, threadId }: ResolveThreadOptions) {
  return db().$transaction(async (tx) => {
    const { thread, scope } = await loadThreadForUpdate({ tx, userId, threadId });
    if (thread.resolvedAt) throw conflict("ALREADY_RESOLVED", "This thread is already resolved.");
    const resolvedAt = new Date();
    await tx.commentThread.update({
      where: { id: thread.id },
      data: { resolvedAt, resolvedById: userId },
    });
    await recordCommentActivity({
      tx,
      actorId: userId,
      scope,
      type: "thread.resolved",
      threadId: thread.id,
    });
    await publishCommentChange(tx, scope.sectionId);
    return { threadId: thread.id, resolvedAt };
  });
}
