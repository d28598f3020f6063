import "server-only";
import type { DbTx } from "@/server/db";
import { notFound } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";
import { STAGE_INFO, type Stage } from "@/lib/stages";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";

export type LoadCommentScopeOptions = {
  tx: DbTx;
  userId: string;
  sectionId: string;
  /** What a refused outsider is told was not found ("Section", "Thread", "Comment"). */
  hidden: string;
};

/** Where a comment is written: its section, initiative and workspace, and the writer's standing. */
export type CommentScope = {
  sectionId: string;
  stage: Stage;
  stageLabel: string;
  initiativeId: string;
  initiativeTitle: string;
  workspaceId: string;
};

/**
 * The section a comment is written on, for someone who may comment there:
 * 404 for anyone who may not read its drafts (outsiders, viewers: whether
 * drafts exist is not theirs to know), 403 for a reader whose role may not
 * comment. Any stage they can read will do, writable or not: reviewers
 * comment on text they cannot edit, and on locked or completed stages —
 * but not in an archived initiative (409 ARCHIVED).
 */
export async function loadCommentScope({
  tx,
  userId,
  sectionId,
  hidden,
}: LoadCommentScopeOptions): Promise<CommentScope> {
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: {
      stage: true,
      initiativeId: true,
      initiative: { select: { title: true, workspaceId: true, archivedAt: true } },
    },
  });
  if (!section) throw notFound(hidden);
  const actor = await getActor({ userId, workspaceId: section.initiative.workspaceId, tx });
  if (!can(actor, "initiative.readDrafts")) throw notFound(hidden);
  authorize(actor, "section.comment", {
    hidden,
    refusal: "Only owners, editors and reviewers can comment.",
  });
  assertNotArchived(section.initiative);
  return {
    sectionId,
    stage: section.stage,
    stageLabel: STAGE_INFO[section.stage].label,
    initiativeId: section.initiativeId,
    initiativeTitle: section.initiative.title,
    workspaceId: section.initiative.workspaceId,
  };
}
