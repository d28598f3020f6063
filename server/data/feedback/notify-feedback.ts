import "server-only";
import type { DbTx } from "@/server/db";
import { createNotifications } from "@/server/data/notification/create-notifications";
import { listInitiativeParticipants } from "@/server/data/initiative/list-initiative-participants";
import { listDraftReaders } from "@/server/data/membership/list-draft-readers";
import { can, rolesWith } from "@/server/policies/permissions";
import { excerpt } from "@/lib/notifications";
import { feedbackPath } from "@/lib/feedback";
import { STAGE_INFO, type Stage } from "@/lib/stages";
import type { FeedbackScope } from "./load-feedback-scope";

export type NotifyFeedbackOptions = {
  tx: DbTx;
  scope: FeedbackScope;
  threadId: string;
  /** The part the thread quotes, if any. */
  stage: Stage | null;
  /** A new thread's question, or a reply. */
  kind: "created" | "replied";
  /** The message as stored. */
  body: string;
};

/**
 * Who hears of feedback, inside its transaction. A new thread goes to the
 * team: the initiative's participants (its owner, writers, reviewers) and
 * whoever published this version, if they still work on it. A reply goes
 * to everyone who wrote in the thread and may still read the publication;
 * when the replier is a reader rather than someone who answers (a viewer
 * following up, say), to the team as well. Never to the replier.
 */
export async function notifyFeedback({
  tx,
  scope,
  threadId,
  stage,
  kind,
  body,
}: NotifyFeedbackOptions): Promise<void> {
  const answersFeedback = can(scope.actor, "feedback.resolve");
  const recipients = [
    ...(kind === "created" || !answersFeedback ? await team(tx, scope) : []),
    ...(kind === "replied" ? await writers(tx, scope, threadId) : []),
  ];
  await createNotifications({
    tx,
    recipients,
    actorId: scope.actor.userId,
    workspaceId: scope.workspaceId,
    type: kind === "created" ? "feedback.created" : "feedback.replied",
    url: feedbackPath({ initiativeId: scope.initiativeId, version: scope.version, threadId }),
    data: {
      initiative: scope.title,
      publication: `Version ${scope.version}`,
      ...(stage ? { stage: STAGE_INFO[stage].label } : {}),
      excerpt: excerpt(body),
    },
  });
}

/** The people who work on the initiative, and the publisher while they still may read drafts. */
async function team(tx: DbTx, scope: FeedbackScope): Promise<string[]> {
  const participants = await listInitiativeParticipants({ initiativeId: scope.initiativeId, tx });
  const publisher = await listDraftReaders({
    tx,
    workspaceId: scope.workspaceId,
    userIds: [scope.publishedById],
  });
  return [...participants, ...publisher];
}

/** Everyone who wrote in the thread and is still a member who may read the publication. */
async function writers(tx: DbTx, scope: FeedbackScope, threadId: string): Promise<string[]> {
  const messages = await tx.feedbackMessage.findMany({
    where: {
      threadId,
      author: {
        memberships: {
          some: {
            workspaceId: scope.workspaceId,
            role: { in: [...rolesWith("publication.read")] },
          },
        },
      },
    },
    distinct: ["authorId"],
    select: { authorId: true },
  });
  return messages.map((message) => message.authorId);
}
