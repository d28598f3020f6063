import "server-only";
import type { DbTx } from "@/server/db";
import { recordActivity, type ActivityType } from "@/server/data/activity/record-activity";
import type { CommentScope } from "./load-comment-scope";

export type RecordCommentActivityOptions = {
  tx: DbTx;
  actorId: string;
  scope: CommentScope;
  type: Extract<ActivityType, "comment.created" | "thread.resolved" | "thread.reopened">;
  threadId: string;
  commentId?: string;
};

/**
 * A comment or thread change in the initiative's activity log. A comment
 * makes its writer a participant in the initiative (stage notifications go
 * to participants), so each one is recorded.
 */
export function recordCommentActivity({
  tx,
  actorId,
  scope,
  type,
  threadId,
  commentId,
}: RecordCommentActivityOptions): Promise<void> {
  return recordActivity({
    tx,
    workspaceId: scope.workspaceId,
    initiativeId: scope.initiativeId,
    actorId,
    type,
    data: {
      sectionId: scope.sectionId,
      stage: scope.stage,
      label: scope.stageLabel,
      threadId,
      ...(commentId ? { commentId } : {}),
    },
  });
}
