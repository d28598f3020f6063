import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can, type Actor } from "@/server/policies/permissions";
import {
  feedbackThreadSelect,
  toFeedbackThreadView,
  type FeedbackThreadView,
} from "./feedback-view";

/** Which threads the team's page shows. */
export const FEEDBACK_FILTERS = ["open", "answered", "all"] as const;
export type FeedbackFilter = (typeof FEEDBACK_FILTERS)[number];

export type ListInitiativeFeedbackOptions = {
  userId: string;
  initiativeId: string;
  /** Open (the default), answered, or all. */
  show?: FeedbackFilter;
};

export type InitiativeFeedback = {
  initiative: { id: string; title: string; workspaceId: string };
  /** The threads shown: open ones first, most recently active first; then answered, latest first. */
  threads: FeedbackThreadView[];
  /** How many there are of each, whatever is shown. */
  counts: { open: number; answered: number };
  /** The newest version published, or null when nothing is yet. */
  latestVersion: number | null;
  actor: NonNullable<Actor>;
};

/**
 * Every feedback thread on any version of an initiative's publications, for
 * the team's page: people who may read its drafts. 404 for everyone else,
 * viewers included (they read the feedback under the published document).
 */
export async function listInitiativeFeedback({
  userId,
  initiativeId,
  show = "open",
}: ListInitiativeFeedbackOptions): Promise<InitiativeFeedback> {
  const id = parseId(initiativeId, "Initiative");
  const initiative = await db().initiative.findUnique({
    where: { id },
    select: { id: true, title: true, workspaceId: true },
  });
  if (!initiative) throw notFound("Initiative");
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId });
  if (!actor || !can(actor, "initiative.readDrafts")) throw notFound("Initiative");
  const rows = await db().feedbackThread.findMany({
    where: { publication: { initiativeId: id } },
    orderBy: [
      { resolvedAt: { sort: "desc", nulls: "first" } },
      { updatedAt: "desc" },
      { id: "asc" },
    ],
    select: feedbackThreadSelect(initiative.workspaceId),
  });
  const threads = rows.map(toFeedbackThreadView);
  const latest = await db().publication.findFirst({
    where: { initiativeId: id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const open = threads.filter((thread) => thread.resolvedAt === null).length;
  return {
    initiative,
    threads: threads.filter(
      (thread) => show === "all" || (show === "open") === (thread.resolvedAt === null),
    ),
    counts: { open, answered: threads.length - open },
    latestVersion: latest?.version ?? null,
    actor,
  };
}
