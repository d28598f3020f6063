import "server-only";
import { db } from "@/server/db";
import { AppError, parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZCreateFeedbackSchema } from "@/lib/schemas/publication";
import { loadFeedbackScope } from "./load-feedback-scope";
import { notifyFeedback } from "./notify-feedback";

export type CreateFeedbackOptions = { userId: string; publicationId: string; input: unknown };

/** What a new thread gives back: where it is, so the caller can link to it or refresh that page. */
export type CreatedFeedback = {
  threadId: string;
  messageId: string;
  initiativeId: string;
  workspaceId: string;
  version: number;
};

/**
 * A reader's question or comment on a publication, on a passage (its quote
 * and stage) or on the whole document: a thread and its first message in
 * one transaction, recorded in the initiative's activity and told to the
 * team. Any member of the workspace may ask, viewers included; 404 for
 * everyone else. A passage must come from a part this version shows (400
 * on `stage` otherwise). The body is stored as the text typed.
 */
export async function createFeedback({
  userId,
  publicationId,
  input,
}: CreateFeedbackOptions): Promise<CreatedFeedback> {
  const { body, stage, quote } = parseInput(ZCreateFeedbackSchema, input);
  const id = parseId(publicationId, "Publication");
  return db().$transaction(async (tx) => {
    const scope = await loadFeedbackScope({ tx, userId, publicationId: id, hidden: "Publication" });
    authorize(scope.actor, "publication.feedback", {
      hidden: "Publication",
      refusal: "You can't leave feedback on this document.",
    });
    if (stage && !scope.stages.includes(stage)) {
      const message = "That part is not in this version of the document";
      throw new AppError(400, "INVALID_INPUT", `stage: ${message}`, { stage: message });
    }
    const thread = await tx.feedbackThread.create({
      data: {
        publicationId: id,
        authorId: userId,
        stage: stage ?? null,
        quote,
        messages: { create: { authorId: userId, body } },
      },
      select: { id: true, messages: { select: { id: true } } },
    });
    await recordActivity({
      tx,
      workspaceId: scope.workspaceId,
      initiativeId: scope.initiativeId,
      actorId: userId,
      type: "feedback.created",
      data: {
        publicationId: id,
        version: scope.version,
        threadId: thread.id,
        ...(stage ? { stage } : {}),
      },
    });
    await notifyFeedback({
      tx,
      scope,
      threadId: thread.id,
      stage: stage ?? null,
      kind: "created",
      body,
    });
    return {
      threadId: thread.id,
      messageId: thread.messages[0]?.id ?? "",
      initiativeId: scope.initiativeId,
      workspaceId: scope.workspaceId,
      version: scope.version,
    };
  });
}
