import "server-only";
import { db } from "@/server/db";
import { notFound, parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import { can } from "@/server/policies/permissions";
import { ZUpdateCustomerSchema } from "@/lib/schemas/customer";
import { CUSTOMER_SELECT, customerAnswersOf } from "@/lib/customer-questions";
import { recountChecks } from "@/server/data/section/recount-checks";
import { assertNotArchived } from "./assert-not-archived";

export type UpdateCustomerOptions = { userId: string; initiativeId: string; input: unknown };

/**
 * Saves an initiative's answers to the five customer questions, and counts
 * the checks that ask for them again. Owners and
 * editors may; reviewers get 403; viewers and outsiders 404, as they cannot
 * see drafts at all.
 */
export async function updateCustomer({ userId, initiativeId, input }: UpdateCustomerOptions) {
  const data = parseInput(ZUpdateCustomerSchema, input);
  initiativeId = parseId(initiativeId, "Initiative");
  const initiative = await db().initiative.findUnique({
    where: { id: initiativeId },
    select: { workspaceId: true, archivedAt: true },
  });
  if (!initiative) throw notFound("Initiative");
  const { workspaceId } = initiative;
  const actor = await getActor({ userId, workspaceId });
  // Viewers cannot know drafts exist, so they are answered as outsiders are (as getInitiative does).
  if (!can(actor, "initiative.readDrafts")) throw notFound("Initiative");
  authorize(actor, "initiative.edit", {
    hidden: "Initiative",
    refusal: "Only owners and editors can change the customer answers.",
  });
  assertNotArchived(initiative);

  return db().$transaction(async (tx) => {
    const updated = await tx.initiative.update({
      where: { id: initiativeId },
      data,
      select: { id: true, ...CUSTOMER_SELECT },
    });
    await recountChecks({ tx, initiativeId, customer: customerAnswersOf(updated) });
    await recordActivity({
      tx,
      workspaceId,
      initiativeId,
      actorId: userId,
      type: "initiative.customerUpdated",
      // Which answers changed hands, not their text: the log stays small and the answers live on the initiative.
      data: { fields: Object.keys(data) },
    });
    return updated;
  });
}
