/**
 * The kinds of notification Foreword sends, and what the bell and the
 * emails call them. One list, so the producers (comments, reviews, stage
 * changes, invitations), the bell and the mailer agree.
 */
import { shorten } from "@/lib/shorten";

export const NOTIFICATION_TYPES = [
  "comment.mentioned",
  "comment.replied",
  "review.requested",
  "review.approved",
  "review.changesRequested",
  "review.withdrawn",
  "stage.completed",
  "stage.reopened",
  "member.added",
  "publication.published",
  "feedback.created",
  "feedback.replied",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What a notification's `data` may hold: the words shown, captured when it happened. */
export type NotificationData = {
  /** The initiative's title, when it is about one. */
  initiative?: string;
  /** The stage's label ("Press release"). */
  stage?: string;
  /** Which publication, for feedback on one ("Version 2"). */
  publication?: string;
  /** The workspace's name. */
  workspace?: string;
  /** A short quotation: the comment or the reviewer's note, cut to ~200 characters. */
  excerpt?: string;
};

/** "Ada mentioned you", "Ada requested your review": the verb phrase after the actor's name. */
// Whole phrases: where it happened ("Instant refunds · Press release") is
// shown on its own line under them, so none may end mid-sentence.
export const NOTIFICATION_VERBS: Record<NotificationType, string> = {
  "comment.mentioned": "mentioned you",
  "comment.replied": "replied in a thread you're in",
  "review.requested": "requested your review",
  "review.approved": "approved the stage",
  "review.changesRequested": "requested changes",
  "review.withdrawn": "withdrew the review request",
  "stage.completed": "completed the stage",
  "stage.reopened": "reopened the stage",
  // Sent to the workspace's owners when someone joins through an invite (the
  // one way people are added): the person who joined already knows.
  "member.added": "joined",
  // To the initiative's participants; where it happened reads "Instant refunds · Version 2".
  "publication.published": "published a new version",
  // Stakeholder feedback on a published document (server/data/feedback):
  // "left feedback" covers a question and a comment alike.
  "feedback.created": "left feedback on the published document",
  "feedback.replied": "replied to feedback on the published document",
};

/** Longest excerpt kept in a notification. */
export const EXCERPT_LENGTH = 200;

/** Cuts `text` to EXCERPT_LENGTH characters on a word boundary, with an ellipsis. */
export function excerpt(text: string): string {
  return shorten(text, EXCERPT_LENGTH);
}
