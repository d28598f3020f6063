import "server-only";
import { db } from "@/server/db";
import { AppError, parseId, parseInput, type AppErrorStatus } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import { ZTransitionSectionSchema } from "@/lib/schemas/initiative";
import {
  STAGE_INFO,
  statesOf,
  transition,
  READY,
  type StageAction,
  type TransitionRefusal,
} from "@/lib/stages";
import { loadSectionForUpdate } from "./load-section-for-update";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { getSectionAccess } from "./get-section-access";
import { can } from "@/server/policies/permissions";
import { sectionDocumentName } from "@/lib/collab-document";
import { completionFacts } from "@/lib/checks";
import type { JSONContent } from "@tiptap/core";

/**
 * A locked stage is out of bounds (403); an empty one is bad input (400);
 * one whose checks fail conflicts with what its document holds (409, with
 * the failing checks); the rest are stale views (409).
 */
const REFUSAL_STATUS: Record<TransitionRefusal, AppErrorStatus> = {
  STAGE_LOCKED: 403,
  EARLIER_STAGE_OPEN: 403,
  EMPTY_BODY: 400,
  CHECKS_FAILING: 409,
  ALREADY_COMPLETE: 409,
  NOT_COMPLETE: 409,
};

export type TransitionSectionOptions = { userId: string; sectionId: string; input: unknown };

/**
 * The initiative's section documents whose writability this transition may
 * change, or none when it is bound to be refused: the person may not
 * transition stages, or the stage rules refuse it as things stand (a locked
 * stage, one already complete). The transaction then refuses with the right
 * status, and nobody's editor is frozen by a request that was never going
 * to succeed. Whether the stage has content is left to the transaction,
 * since the freeze is what stores the latest edits.
 */
async function documentsToFreeze(
  userId: string,
  sectionId: string,
  action: StageAction,
): Promise<string[]> {
  const access = await getSectionAccess({ userId, sectionId });
  if (!access || !can(access.actor, "section.transition")) return [];
  const { siblings } = access;
  const wouldPass = transition(statesOf(siblings), access.stage, action, READY).ok;
  return wouldPass ? siblings.map((sibling) => sectionDocumentName(sibling.id)) : [];
}

/**
 * Completes or reopens a stage as the stage rules say, writing every section
 * whose state changes in one transaction. Edits made before it are kept: the
 * collab server stores the initiative's open documents, read-only from then
 * on, before the transaction reads the content it checks; none made after it
 * are, since the store itself refuses a section that may no longer change.
 */
export async function transitionSection({ userId, sectionId, input }: TransitionSectionOptions) {
  const { action } = parseInput(ZTransitionSectionSchema, input);
  sectionId = parseId(sectionId, "Section");
  const documents = await documentsToFreeze(userId, sectionId, action);
  const apply = () =>
    db().$transaction(async (tx) => {
      const { section, siblings, states, actor, workspaceId, initiativeId, customer } =
        await loadSectionForUpdate({ tx, userId, sectionId });
      authorize(actor, "section.transition", {
        hidden: "Section",
        refusal: `Only owners and editors can ${action} a stage.`,
      });
      // The checks run on the document as stored now: after the freeze, so
      // it holds everyone's latest edits, and whatever the browser claimed.
      const facts = completionFacts(section.stage, section.content as JSONContent | null, {
        customer,
      });
      const result = transition(states, section.stage, action, facts);
      if (!result.ok)
        throw new AppError(
          REFUSAL_STATUS[result.reason],
          result.reason,
          result.message,
          result.reason === "EMPTY_BODY" ? { body: result.message } : undefined,
          result.failing,
        );

      const now = new Date();
      for (const change of result.changes) {
        const target = siblings.find((sibling) => sibling.stage === change.stage);
        if (!target) continue;
        await tx.section.update({
          where: { id: target.id },
          data: { state: change.to, completedAt: change.to === "COMPLETE" ? now : null },
        });
      }
      await tx.initiative.update({ where: { id: initiativeId }, data: { updatedAt: now } });
      await recordActivity({
        tx,
        workspaceId,
        initiativeId,
        actorId: userId,
        type: action === "complete" ? "stage.completed" : "stage.reopened",
        data: { stage: section.stage, label: STAGE_INFO[section.stage].label },
      });
      return { states: result.states, changes: result.changes };
    });
  // Whether each stage may be edited can change for every stage after this one: freeze them all.
  return documents.length ? whileCollabFrozen({ documents }, apply) : apply();
}
