import "server-only";
import { db, type DbTx } from "@/server/db";
import { AppError, parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { can, rolesWith } from "@/server/policies/permissions";
import { notifyStage } from "@/server/data/notification/notify-stage";
import { loadSectionForUpdate } from "@/server/data/section/load-section-for-update";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { assertAllowed } from "@/server/data/section/stage-refusal";
import { applyStageChanges } from "@/server/data/section/apply-stage-changes";
import { loadStageFacts } from "@/server/data/section/load-stage-facts";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { ZRequestReviewSchema } from "@/lib/schemas/review";
import { sectionDocumentName } from "@/lib/collab-document";
import { READY, approvalsLabel, reviewersNeeded, statesOf, transition } from "@/lib/stages";

export type RequestReviewOptions = { userId: string; sectionId: string; input: unknown };

const FIELD = "reviewerIds";
const badReviewers = (message: string) =>
  new AppError(400, "INVALID_INPUT", `${FIELD}: ${message}`, { [FIELD]: message });

/**
 * Checks the people asked to review: members of the workspace whose role
 * may review, never the person asking (nobody approves their own text), and
 * as many as the workspace's requirement. Outsiders are refused in the same
 * words as unknown ids, so the answer says nothing about who exists.
 */
async function assertReviewers(
  tx: DbTx,
  {
    workspaceId,
    userId,
    reviewerIds,
    required,
  }: {
    workspaceId: string;
    userId: string;
    reviewerIds: string[];
    required: number;
  },
) {
  if (reviewerIds.includes(userId))
    throw badReviewers("Ask someone else: you cannot review your own request");
  const members = await tx.membership.findMany({
    where: { workspaceId, userId: { in: reviewerIds } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (members.length !== reviewerIds.length)
    throw badReviewers("Choose reviewers from this workspace's members");
  const unable = members.find((member) => !rolesWith("section.review").includes(member.role));
  if (unable) throw badReviewers(`${unable.user.name} is a viewer here and cannot review drafts`);
  const needed = reviewersNeeded(required);
  if (reviewerIds.length < needed)
    throw badReviewers(
      `This workspace needs ${approvalsLabel(required)}: choose at least ${needed} reviewers`,
    );
}

/** The section's document when the request may succeed, so its latest edits are stored first. */
async function documentToFreeze(userId: string, sectionId: string): Promise<string[]> {
  const access = await getSectionAccess({ userId, sectionId });
  if (!access || !can(access.actor, "section.transition")) return [];
  const wouldPass = transition(statesOf(access.siblings), access.stage, "requestReview", READY).ok;
  return wouldPass ? [sectionDocumentName(sectionId)] : [];
}

/**
 * Sends a stage whose required checks pass to review by the chosen
 * reviewers: the stage becomes "In review" (read-only for everyone, on the
 * socket too) in a new review round, each reviewer gets a pending review
 * and a notification. The collab server first stores the section's open
 * document and freezes it, so the text everyone reviews, and the checks run
 * here, are exactly what was typed before the request.
 */
export async function requestReview({ userId, sectionId, input }: RequestReviewOptions) {
  const { reviewerIds } = parseInput(ZRequestReviewSchema, input);
  sectionId = parseId(sectionId, "Section");
  const documents = await documentToFreeze(userId, sectionId);
  const apply = () =>
    db().$transaction(async (tx) => {
      const { section, siblings, states, actor, workspaceId, initiativeId, customer } =
        await loadSectionForUpdate({ tx, userId, sectionId });
      authorize(actor, "section.transition", {
        hidden: "Section",
        refusal: "Only owners and editors can ask for review.",
      });
      const { facts, review } = await loadStageFacts({ tx, section, customer, workspaceId });
      const result = transition(states, section.stage, "requestReview", facts);
      assertAllowed(result);
      await assertReviewers(tx, {
        workspaceId,
        userId,
        reviewerIds,
        required: review.facts.required,
      });

      // The reviews belong to the round this request starts.
      const round = review.round + 1;
      await applyStageChanges({
        tx,
        sectionId,
        initiativeId,
        siblings,
        result,
        activity: {
          workspaceId,
          actorId: userId,
          type: "review.requested",
          data: { round, reviewerIds },
        },
      });
      await tx.review.createMany({
        data: reviewerIds.map((reviewerId) => ({
          sectionId,
          reviewerId,
          requestedById: userId,
          round,
        })),
      });
      await notifyStage({
        tx,
        type: "review.requested",
        recipients: reviewerIds,
        actorId: userId,
        workspaceId,
        initiativeId,
        stage: section.stage,
      });
      return { states: result.states, changes: result.changes, round, reviewerIds };
    });
  return documents.length ? whileCollabFrozen({ documents }, apply) : apply();
}
