import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { ZCommentBodySchema } from "@/lib/schemas/comment";
import { loadCommentForUpdate } from "./load-comment-for-update";
import { checkMentions } from "./check-mentions";
import { notifyComment } from "./notify-comment";

export type EditCommentOptions = { userId: string; commentId: string; input: unknown };

/**
 * Changes a comment's text, by its author only; it then reads "edited".
 * Only people it mentions for the first time are notified: those already
 * mentioned were told when they were.
 */
export async function editComment({ userId, commentId, input }: EditCommentOptions) {
  const { body } = parseInput(ZCommentBodySchema, input);
  return db().$transaction(async (tx) => {
    const { comment, thread, scope } = await loadCommentForUpdate({ tx, userId, commentId });
    if (comment.body === body) return { commentId: comment.id, changed: false };
    const mentioned = await checkMentions({ tx, workspaceId: scope.workspaceId, body });
    const before = new Set(comment.mentions.map((mention) => mention.userId));
    const newlyMentioned = mentioned.filter((id) => !before.has(id));
    await tx.comment.update({
      where: { id: comment.id },
      data: {
        body,
        editedAt: new Date(),
        mentions: {
          deleteMany: { userId: { notIn: mentioned } },
          create: newlyMentioned.map((mentionedId) => ({ userId: mentionedId })),
        },
      },
    });
    await notifyComment({
      tx,
      actorId: userId,
      scope,
      threadId: thread.id,
      commentId: comment.id,
      kind: "edit",
      body,
      newlyMentioned,
    });
    return { commentId: comment.id, changed: true };
  });
}
