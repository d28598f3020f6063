import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";
import { ZFeedbackReplySchema } from "@/lib/schemas/publication";
import { loadFeedbackThreadForUpdate } from "./load-feedback-thread-for-update";
import { notifyFeedback } from "./notify-feedback";
import type { CreatedFeedback } from "./create-feedback";

export type AddFeedbackMessageOptions = { userId: string; threadId: string; input: unknown };

/** A reply, and whether it took the thread out of "Answered". */
export type AddedFeedbackMessage = CreatedFeedback & { reopened: boolean };

/**
 * A reply in a feedback thread, by anyone who may read its publication
 * (404 for everyone else). A reader's reply to a thread marked answered
 * opens it again (they are not done asking); the team's does not, so a
 * note after answering needs no second "Mark answered". Everyone in the
 * thread hears of it (see notifyFeedback).
 */
export async function addFeedbackMessage({
  userId,
  threadId,
  input,
}: AddFeedbackMessageOptions): Promise<AddedFeedbackMessage> {
  const { body } = parseInput(ZFeedbackReplySchema, input);
  return db().$transaction(async (tx) => {
    const { thread, scope } = await loadFeedbackThreadForUpdate({ tx, userId, threadId });
    authorize(scope.actor, "publication.feedback", {
      hidden: "Thread",
      refusal: "You can't reply to feedback on this document.",
    });
    const reopened = thread.resolvedAt !== null && !can(scope.actor, "feedback.resolve");
    const message = await tx.feedbackMessage.create({
      data: { threadId: thread.id, authorId: userId, body },
      select: { id: true },
    });
    await tx.feedbackThread.update({
      where: { id: thread.id },
      // Touched either way: updatedAt says when the conversation last moved.
      data: { updatedAt: new Date(), ...(reopened ? { resolvedAt: null } : {}) },
    });
    await notifyFeedback({
      tx,
      scope,
      threadId: thread.id,
      stage: thread.stage,
      kind: "replied",
      body,
    });
    return {
      threadId: thread.id,
      messageId: message.id,
      initiativeId: scope.initiativeId,
      workspaceId: scope.workspaceId,
      version: scope.version,
      reopened,
    };
  });
}
