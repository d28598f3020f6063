import "server-only";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { ZCreateThreadSchema } from "@/lib/schemas/comment";
import { loadCommentScope } from "./load-comment-scope";
import { checkMentions } from "./check-mentions";
import { notifyComment } from "./notify-comment";

export type CreateThreadOptions = { userId: string; sectionId: string; input: unknown };

/**
 * Starts a thread on a passage of a section, with its first comment: by
 * anyone who may comment there, on any stage they can read. Those it
 * mentions are notified; pages showing the section refetch its threads.
 */
export async function createThread({ userId, sectionId, input }: CreateThreadOptions) {
  const { anchorStart, anchorEnd, quote, body } = parseInput(ZCreateThreadSchema, input);
  const id = parseId(sectionId, "Section");
  return db().$transaction(async (tx) => {
    const scope = await loadCommentScope({ tx, userId, sectionId: id, hidden: "Section" });
    const mentioned = await checkMentions({ tx, workspaceId: scope.workspaceId, body });
    const thread = await tx.commentThread.create({
      data: {
        sectionId: id,
        authorId: userId,
        anchorStart,
        anchorEnd,
        quote,
        comments: {
          create: {
            authorId: userId,
            body,
            mentions: { create: mentioned.map((mentionedId) => ({ userId: mentionedId })) },
          },
        },
      },
      select: { id: true, comments: { select: { id: true } } },
    });
    const commentId = thread.comments[0]?.id ?? "";
    await notifyComment({
      tx,
      actorId: userId,
      scope,
      threadId: thread.id,
      commentId,
      kind: "thread",
      body,
      newlyMentioned: mentioned,
    });
    return { threadId: thread.id, commentId };
  });
}
