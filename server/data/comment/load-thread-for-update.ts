import "server-only";
import type { DbTx } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { loadCommentScope, type CommentScope } from "./load-comment-scope";

export type LoadThreadForUpdateOptions = {
  tx: DbTx;
  userId: string;
  threadId: string;
  /** What a refused outsider is told was not found. */
  hidden?: string;
};

/**
 * A thread, locked for the rest of the transaction, with where it is, for
 * someone who may comment there (see loadCommentScope). The row lock makes
 * writes to one thread take turns: a reply racing the deletion of the
 * thread's last comment either lands first (and keeps the thread) or finds
 * the thread gone (404), never a half-deleted thread.
 */
export async function loadThreadForUpdate({
  tx,
  userId,
  threadId,
  hidden = "Thread",
}: LoadThreadForUpdateOptions): Promise<{
  thread: { id: string; sectionId: string; resolvedAt: Date | null };
  scope: CommentScope;
}> {
  const id = parseId(threadId, hidden);
  const [thread] = await tx.$queryRaw<{ id: string; sectionId: string; resolvedAt: Date | null }[]>`
    SELECT id, "sectionId", "resolvedAt" FROM "CommentThread" WHERE id = ${id} FOR UPDATE`;
  if (!thread) throw notFound(hidden);
  const scope = await loadCommentScope({ tx, userId, sectionId: thread.sectionId, hidden });
  return { thread, scope };
}
