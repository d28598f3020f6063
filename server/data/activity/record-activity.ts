import "server-only";
import type { DbTx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

export type ActivityType =
  | "initiative.created"
  | "initiative.customerUpdated"
  | "initiative.renamed"
  | "initiative.archived"
  | "initiative.unarchived"
  | "initiative.deleted"
  | "stage.completed"
  | "stage.reopened"
  | "version.named"
  | "version.restored"
  | "review.requested"
  | "review.withdrawn"
  | "review.approved"
  | "review.changesRequested"
  | "workspace.settingsChanged"
  | "workspace.created"
  | "workspace.renamed"
  | "member.invited"
  | "member.joined"
  | "member.roleChanged"
  | "member.removed"
  | "member.left"
  | "comment.created"
  | "thread.resolved"
  | "thread.reopened"
  | "publication.published"
  | "shareLink.created"
  | "shareLink.revoked"
  | "feedback.created";

export type RecordActivityOptions = {
  tx: DbTx;
  workspaceId: string;
  initiativeId?: string;
  actorId: string;
  type: ActivityType;
  data?: Prisma.InputJsonObject;
};

/** Appends to the activity log, inside the caller's transaction so both land or neither. */
export async function recordActivity({ tx, data = {}, ...activity }: RecordActivityOptions) {
  await tx.activity.create({ data: { ...activity, data } });
}
