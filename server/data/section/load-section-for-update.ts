import "server-only";
import { statesOf } from "@/lib/stages";
import { CUSTOMER_SELECT, customerAnswersOf } from "@/lib/customer-questions";
import type { DbTx } from "@/server/db";
import { notFound } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";

export type LoadSectionForUpdateOptions = { tx: DbTx; userId: string; sectionId: string };

/**
 * Loads a section, its siblings' states, the initiative's customer answers
 * (the press release's checks ask for them) and the user's role inside a
 * transaction, holding a row lock on the initiative so that two people
 * completing or reopening stages at once are applied one after the other.
 * 404 when the section does not exist or the user may not read drafts; 409
 * ARCHIVED when its initiative is archived (read under the lock, so an
 * archive and a transition never interleave).
 */
export async function loadSectionForUpdate({ tx, userId, sectionId }: LoadSectionForUpdateOptions) {
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: {
      id: true,
      stage: true,
      initiativeId: true,
      initiative: { select: { workspaceId: true, ...CUSTOMER_SELECT } },
    },
  });
  if (!section) throw notFound("Section");
  const workspaceId = section.initiative.workspaceId;
  const actor = await getActor({ userId, workspaceId, tx });
  if (!can(actor, "initiative.readDrafts")) throw notFound("Section");

  const [locked] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
    SELECT "archivedAt" FROM "Initiative" WHERE id = ${section.initiativeId} FOR UPDATE`;
  if (!locked) throw notFound("Section");
  assertNotArchived(locked);
  const siblings = await tx.section.findMany({
    where: { initiativeId: section.initiativeId },
    select: { id: true, stage: true, state: true, content: true },
  });
  const current = siblings.find((sibling) => sibling.id === sectionId);
  if (!current) throw notFound("Section");
  return {
    section: current,
    siblings,
    states: statesOf(siblings),
    actor,
    workspaceId,
    initiativeId: section.initiativeId,
    customer: customerAnswersOf(section.initiative),
  };
}
