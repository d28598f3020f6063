import "server-only";
import type { DbTx } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { loadFeedbackScope, type FeedbackScope } from "./load-feedback-scope";

export type LoadFeedbackThreadForUpdateOptions = { tx: DbTx; userId: string; threadId: string };

/** A feedback thread's own columns, as read under its row lock. */
export type LockedFeedbackThread = {
  id: string;
  publicationId: string;
  stage: FeedbackScope["stages"][number] | null;
  resolvedAt: Date | null;
};

/**
 * A feedback thread, locked for the rest of the transaction, with its
 * publication, for someone who may read that publication (404 otherwise).
 * The lock makes a reply and "Mark answered" on one thread take turns, so
 * neither undoes the other unseen.
 */
export async function loadFeedbackThreadForUpdate({
  tx,
  userId,
  threadId,
}: LoadFeedbackThreadForUpdateOptions): Promise<{
  thread: LockedFeedbackThread;
  scope: FeedbackScope;
}> {
  const id = parseId(threadId, "Thread");
  const [thread] = await tx.$queryRaw<LockedFeedbackThread[]>`
    SELECT id, "publicationId", stage::text AS stage, "resolvedAt"
    FROM "FeedbackThread" WHERE id = ${id} FOR UPDATE`;
  if (!thread) throw notFound("Thread");
  const scope = await loadFeedbackScope({
    tx,
    userId,
    publicationId: thread.publicationId,
    hidden: "Thread",
  });
  return { thread, scope };
}
