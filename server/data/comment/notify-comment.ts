import "server-only";
import type { DbTx } from "@/server/db";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { rolesWith } from "@/server/policies/permissions";
import { publishLive } from "@/server/live/publish-live";
import { sectionTopic } from "@/lib/live-events";
import { excerpt } from "@/lib/notifications";
import { bodyText } from "@/lib/comments/mentions";
import { threadUrl } from "@/lib/comments/thread-url";
import type { CommentScope } from "./load-comment-scope";
import { recordCommentActivity } from "./record-comment-activity";

export type NotifyCommentOptions = {
  tx: DbTx;
  actorId: string;
  scope: CommentScope;
  threadId: string;
  commentId: string;
  /** A thread's first comment, a reply, or a comment's new text. */
  kind: "thread" | "reply" | "edit";
  /** The comment as stored. */
  body: string;
  /** People this comment mentions who were not mentioned in it before (all of them, for a new one). */
  newlyMentioned: readonly string[];
};

/**
 * What follows a comment written, inside its transaction: a new one is
 * recorded in the activity log; the people it newly mentions are told
 * (comment.mentioned), and for a reply everyone who wrote in the thread
 * before and still reads drafts (comment.replied), except those already
 * told of a mention in it. Then every page showing the section hears that
 * its threads changed.
 */
export async function notifyComment({
  tx,
  actorId,
  scope,
  threadId,
  commentId,
  kind,
  body,
  newlyMentioned,
}: NotifyCommentOptions): Promise<void> {
  if (kind !== "edit")
    await recordCommentActivity({
      tx,
      actorId,
      scope,
      type: "comment.created",
      threadId,
      commentId,
    });
  const common = {
    tx,
    actorId,
    workspaceId: scope.workspaceId,
    url: threadUrl({ ...scope, threadId }),
    data: {
      initiative: scope.initiativeTitle,
      stage: scope.stageLabel,
      excerpt: excerpt(bodyText(body)),
    },
  };
  await createNotifications({ ...common, recipients: newlyMentioned, type: "comment.mentioned" });
  if (kind === "reply") {
    const earlier = await tx.comment.findMany({
      where: {
        threadId,
        deletedAt: null,
        authorId: { notIn: [actorId, ...newlyMentioned] },
        // Only people who may still open the thread.
        author: {
          memberships: {
            some: {
              workspaceId: scope.workspaceId,
              role: { in: [...rolesWith("initiative.readDrafts")] },
            },
          },
        },
      },
      distinct: ["authorId"],
      select: { authorId: true },
    });
    await createNotifications({
      ...common,
      recipients: earlier.map((comment) => comment.authorId),
      type: "comment.replied",
    });
  }
  await publishCommentChange(tx, scope.sectionId);
}

/** Tells every page showing the section to refetch its threads (at commit). */
export function publishCommentChange(tx: DbTx, sectionId: string): Promise<void> {
  return publishLive(tx, [{ topic: sectionTopic(sectionId), kind: "threads" }]);
}
