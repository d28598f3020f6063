import "server-only";
import type { DbTx } from "@/server/db";
import { forbidden, notFound, parseId } from "@/server/errors";
import { loadThreadForUpdate } from "./load-thread-for-update";

export type LoadCommentForUpdateOptions = { tx: DbTx; userId: string; commentId: string };

/**
 * A comment its author is about to change, with its thread locked (see
 * loadThreadForUpdate): 404 for a comment that does not exist, was deleted,
 * or is on a draft the person may not read; 403 for anyone but its author,
 * since nobody may put words in someone else's mouth.
 */
export async function loadCommentForUpdate({ tx, userId, commentId }: LoadCommentForUpdateOptions) {
  const id = parseId(commentId, "Comment");
  const found = await tx.comment.findUnique({ where: { id }, select: { threadId: true } });
  if (!found) throw notFound("Comment");
  const { thread, scope } = await loadThreadForUpdate({
    tx,
    userId,
    threadId: found.threadId,
    hidden: "Comment",
  });
  // Read again under the thread's lock: it may have changed since.
  const comment = await tx.comment.findUnique({
    where: { id },
    select: {
      id: true,
      authorId: true,
      body: true,
      createdAt: true,
      deletedAt: true,
      mentions: { select: { userId: true } },
    },
  });
  if (!comment || comment.deletedAt) throw notFound("Comment");
  if (comment.authorId !== userId) throw forbidden("Only its author can change a comment.");
  return { comment, thread, scope };
}
