import "server-only";
import { db } from "@/server/db";
import { conflict } from "@/server/errors";
import { loadThreadForUpdate } from "./load-thread-for-update";
import { publishCommentChange } from "./notify-comment";
import { recordCommentActivity } from "./record-comment-activity";

export type ReopenThreadOptions = { userId: string; threadId: string };

/** Reopens a resolved thread, by anyone who may comment on its section; 409 when it is open. */
export async function reopenThread({ userId, threadId }: ReopenThreadOptions) {
  return db().$transaction(async (tx) => {
    const { thread, scope } = await loadThreadForUpdate({ tx, userId, threadId });
    if (!thread.resolvedAt) throw conflict("NOT_RESOLVED", "This thread is already open.");
    await tx.commentThread.update({
      where: { id: thread.id },
      data: { resolvedAt: null, resolvedById: null },
    });
    await recordCommentActivity({
      tx,
      actorId: userId,
      scope,
      type: "thread.reopened",
      threadId: thread.id,
    });
    await publishCommentChange(tx, scope.sectionId);
    return { threadId: thread.id };
  });
}
