import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { DbTx } from "@/server/db";
import { checkCounts } from "@/lib/checks";
import type { CheckContext } from "@/lib/checks/types";

export type RecountChecksOptions = { tx: DbTx; initiativeId: string } & CheckContext;

/**
 * Counts an initiative's checks again from its stored documents, for when
 * something the checks read besides the document changed (the customer
 * answers). Only the counts are written: a document, locked or not, is left
 * exactly as it was. Rare (an answer edited), so every section is read.
 */
export async function recountChecks({ tx, initiativeId, customer }: RecountChecksOptions) {
  const sections = await tx.section.findMany({
    where: { initiativeId },
    select: { id: true, stage: true, content: true, checksPassed: true, checksTotal: true },
  });
  for (const section of sections) {
    const counts = checkCounts(section.stage, section.content as JSONContent | null, { customer });
    if (
      counts.checksPassed === section.checksPassed &&
      counts.checksTotal === section.checksTotal
    ) {
      continue;
    }
    await tx.section.update({ where: { id: section.id }, data: counts });
  }
}
