import "server-only";
import { db } from "@/server/db";
import { loadCommentForUpdate } from "./load-comment-for-update";
import { publishCommentChange } from "./notify-comment";

export type DeleteCommentOptions = { userId: string; commentId: string };

/**
 * Deletes a comment, by its author only. With no replies after it, the row
 * goes. With replies after it, a tombstone stays in its place (body and
 * mentions removed, "Comment deleted" shown): the replies answer it, and
 * without it they would read as answers to whatever came before. When no
 * comment with words is left in the thread (its first comment deleted with
 * no replies, say), the thread goes too.
 */
export async function deleteComment({ userId, commentId }: DeleteCommentOptions) {
  return db().$transaction(async (tx) => {
    const { comment, thread, scope } = await loadCommentForUpdate({ tx, userId, commentId });
    const later = await tx.comment.count({
      where: {
        threadId: thread.id,
        OR: [
          { createdAt: { gt: comment.createdAt } },
          { createdAt: comment.createdAt, id: { gt: comment.id } },
        ],
      },
    });
    if (later > 0) {
      await tx.comment.update({
        where: { id: comment.id },
        data: { body: "", deletedAt: new Date(), mentions: { deleteMany: {} } },
      });
    } else {
      await tx.comment.delete({ where: { id: comment.id } });
    }
    const left = await tx.comment.count({ where: { threadId: thread.id, deletedAt: null } });
    if (left === 0) await tx.commentThread.delete({ where: { id: thread.id } });
    await publishCommentChange(tx, scope.sectionId);
    return { commentId: comment.id, threadDeleted: left === 0 };
  });
}
