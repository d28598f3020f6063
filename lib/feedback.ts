/**
 * Where stakeholder feedback lives on a published document: the anchor of
 * a thread on the reader page, and the link that opens it (notifications,
 * the team's page). Isomorphic and pure.
 */
import { publicationPath } from "@/lib/publication";

/** The element id of a thread on the reader page: "feedback-<threadId>". */
export function feedbackAnchor(threadId: string): string {
  return `feedback-${threadId}`;
}

export type FeedbackPathOptions = { initiativeId: string; version: number; threadId: string };

/** A thread on the version it was asked on: `/p/<initiativeId>/v/<n>#feedback-<threadId>`. */
export function feedbackPath({ initiativeId, version, threadId }: FeedbackPathOptions): string {
  return `${publicationPath(initiativeId, version)}#${feedbackAnchor(threadId)}`;
}

/** The section on the reader page that holds the questions and the form. */
export const FEEDBACK_SECTION_ID = "feedback";
