import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";
import { MEMBER_JOINED, TIMELINE_TYPES } from "@/lib/activity-text";
import { timelineCursor, type TTimelineCursor } from "@/lib/schemas/dashboard";

export type ListInitiativeActivityOptions = {
  userId: string;
  /** The workspace in the address: an initiative of another workspace is not found there. */
  workspaceId: string;
  initiativeId: string;
  /** Continue after this entry (older ones); the newest page without it. */
  before?: TTimelineCursor;
  /** Entries per page. */
  limit?: number;
};

/** Entries per page of a timeline. */
export const TIMELINE_PAGE_SIZE = 30;

/**
 * An initiative's timeline, newest first: how it moved through its stages
 * and what was done to it (lib/activity-text.ts TIMELINE_TYPES), and the
 * people who joined its workspace since it began. Paged by a cursor (the
 * last entry's time and id), so new entries never shift a page. 404 for
 * anyone who may not read its drafts, viewers included.
 */
export async function listInitiativeActivity({
  userId,
  workspaceId,
  initiativeId,
  before,
  limit = TIMELINE_PAGE_SIZE,
}: ListInitiativeActivityOptions) {
  const initiative = await db().initiative.findUnique({
    where: { id: parseId(initiativeId, "Initiative") },
    select: { id: true, workspaceId: true, createdAt: true },
  });
  if (!initiative || initiative.workspaceId !== workspaceId) throw notFound("Initiative");
  const actor = await getActor({ userId, workspaceId: initiative.workspaceId });
  if (!can(actor, "initiative.readDrafts")) throw notFound("Initiative");

  const rows = await db().activity.findMany({
    where: {
      workspaceId: initiative.workspaceId,
      AND: [
        {
          OR: [
            { initiativeId: initiative.id, type: { in: [...TIMELINE_TYPES] } },
            {
              initiativeId: null,
              type: MEMBER_JOINED,
              createdAt: { gte: initiative.createdAt },
            },
          ],
        },
        before
          ? {
              OR: [
                { createdAt: { lt: before.createdAt } },
                { createdAt: before.createdAt, id: { lt: before.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      type: true,
      data: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  const entries = rows.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries,
    /** The cursor of the next (older) page; null on the last page. */
    older: rows.length > limit && last ? timelineCursor(last) : null,
  };
}

export type TimelineEntry = Awaited<ReturnType<typeof listInitiativeActivity>>["entries"][number];
