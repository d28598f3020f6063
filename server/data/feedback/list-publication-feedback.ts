import "server-only";
import { db } from "@/server/db";
import { parseId } from "@/server/errors";
import { loadFeedbackScope } from "./load-feedback-scope";
import {
  feedbackThreadSelect,
  toFeedbackThreadView,
  type FeedbackThreadView,
} from "./feedback-view";

export type ListPublicationFeedbackOptions = { userId: string; publicationId: string };

/**
 * The feedback threads on one version of a publication, oldest first, each
 * with its messages and their authors, for anyone who may read it (every
 * member, viewers included: stakeholders see each other's questions and the
 * team's answers). 404 for everyone else.
 */
export async function listPublicationFeedback({
  userId,
  publicationId,
}: ListPublicationFeedbackOptions): Promise<FeedbackThreadView[]> {
  const id = parseId(publicationId, "Publication");
  const scope = await loadFeedbackScope({
    tx: db(),
    userId,
    publicationId: id,
    hidden: "Publication",
  });
  const threads = await db().feedbackThread.findMany({
    where: { publicationId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: feedbackThreadSelect(scope.workspaceId),
  });
  return threads.map(toFeedbackThreadView);
}
