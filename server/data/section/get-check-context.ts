import "server-only";
import { db, type DbTx } from "@/server/db";
import { CUSTOMER_SELECT, customerAnswersOf } from "@/lib/customer-questions";
import type { CheckContext } from "@/lib/checks/types";
import type { Stage } from "@/lib/stages";

export type GetCheckContextOptions = { sectionId: string; tx?: DbTx };

/**
 * What a section's checks are run with besides its document: its stage and
 * the initiative's customer answers. Undefined when the section is gone.
 */
export async function getCheckContext({
  sectionId,
  tx = db(),
}: GetCheckContextOptions): Promise<(CheckContext & { stage: Stage }) | undefined> {
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: { stage: true, initiative: { select: CUSTOMER_SELECT } },
  });
  return section
    ? { stage: section.stage, customer: customerAnswersOf(section.initiative) }
    : undefined;
}
