import "server-only";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { ZTransitionSectionSchema } from "@/lib/schemas/initiative";
import { statesOf, transition, READY, type TransitionAction } from "@/lib/stages";
import { loadSectionForUpdate } from "./load-section-for-update";
import { whileCollabFrozen } from "@/server/collab/notify-collab";
import { getSectionAccess } from "./get-section-access";
import { can } from "@/server/policies/permissions";
import { sectionDocumentName } from "@/lib/collab-document";
import { loadReviewState } from "@/server/data/review/load-review-state";
import { listInitiativeParticipants } from "@/server/data/initiative/list-initiative-participants";
import { notifyStage } from "@/server/data/notification/notify-stage";
import { assertAllowed } from "./stage-refusal";
import { applyStageChanges } from "./apply-stage-changes";
import { loadStageFacts } from "./load-stage-facts";

export type TransitionSectionOptions = { userId: string; sectionId: string; input: unknown };

/**
 * The initiative's section documents whose writability this transition may
 * change, or none when it is bound to be refused: the person may not
 * transition stages, or the stage rules refuse it as things stand (a locked
 * stage, one already complete, one that needs approvals first). The transaction then refuses with the right
 * status, and nobody's editor is frozen by a request that was never going
 * to succeed. Whether the stage has content is left to the transaction,
 * since the freeze is what stores the latest edits.
 */
async function documentsToFreeze(
  userId: string,
  sectionId: string,
  action: TransitionAction,
): Promise<string[]> {
  const access = await getSectionAccess({ userId, sectionId });
  if (!access || !can(access.actor, "section.transition")) return [];
  const { siblings, workspaceId } = access;
  const review = await loadReviewState({ tx: db(), sectionId, workspaceId });
  const facts = { ...READY, review: review.facts };
  const wouldPass = transition(statesOf(siblings), access.stage, action, facts).ok;
  return wouldPass ? siblings.map((sibling) => sectionDocumentName(sibling.id)) : [];
}

/**
 * Completes or reopens a stage as the stage rules say, writing every section
 * whose state changes in one transaction, and tells the people who work on
 * the initiative. Edits made before it are kept: the collab server stores
 * the initiative's open documents, read-only from then on, before the
 * transaction reads the content it checks; none made after it are, since
 * the store itself refuses a section that may no longer change. Completing
 * needs the workspace's approvals of the current review round; reopening
 * starts a new round, so those approvals do not count again.
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
      const { facts } = await loadStageFacts({ tx, section, customer, workspaceId });
      const result = transition(states, section.stage, action, facts);
      assertAllowed(result);
      const type = action === "complete" ? "stage.completed" : "stage.reopened";
      await applyStageChanges({
        tx,
        sectionId,
        initiativeId,
        siblings,
        result,
        activity: { workspaceId, actorId: userId, type },
      });
      await notifyStage({
        tx,
        type,
        recipients: await listInitiativeParticipants({ tx, initiativeId }),
        actorId: userId,
        workspaceId,
        initiativeId,
        stage: section.stage,
      });
      return { states: result.states, changes: result.changes };
    });
  // Whether each stage may be edited can change for every stage after this one: freeze them all.
  return documents.length ? whileCollabFrozen({ documents }, apply) : apply();
}
