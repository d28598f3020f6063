import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { ZCommentBodySchema } from "@/lib/schemas/comment";
import { loadThreadForUpdate } from "./load-thread-for-update";
import { checkMentions } from "./check-mentions";
import { notifyComment } from "./notify-comment";

export type AddReplyOptions = { userId: string; threadId: string; input: unknown };

/**
 * Adds a reply to a thread. Replying to a resolved thread reopens it, as
 * the conversation has started again. Everyone who wrote in the thread
 * before is told, and those the reply mentions.
 */
export async function addReply({ userId, threadId, input }: AddReplyOptions) {
  const { body } = parseInput(ZCommentBodySchema, input);
  return db().$transaction(async (tx) => {
    const { thread, scope } = await loadThreadForUpdate({ tx, userId, threadId });
    const mentioned = await checkMentions({ tx, workspaceId: scope.workspaceId, body });
    const comment = await tx.comment.create({
      data: {
        threadId: thread.id,
        authorId: userId,
        body,
        mentions: { create: mentioned.map((mentionedId) => ({ userId: mentionedId })) },
      },
      select: { id: true },
    });
    await tx.commentThread.update({
      where: { id: thread.id },
      // Touched either way: the thread's updatedAt says when it last changed.
      data: {
        updatedAt: new Date(),
        ...(thread.resolvedAt ? { resolvedAt: null, resolvedById: null } : {}),
      },
    });
    await notifyComment({
      tx,
      actorId: userId,
      scope,
      threadId: thread.id,
      commentId: comment.id,
      kind: "reply",
      body,
      newlyMentioned: mentioned,
    });
    return { threadId: thread.id, commentId: comment.id, reopened: thread.resolvedAt !== null };
  });
}
