import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZRenameInitiativeSchema } from "@/lib/schemas/initiative";
import { assertNotArchived } from "./assert-not-archived";
import { loadInitiativeToManage } from "./load-initiative-to-manage";

export type RenameInitiativeOptions = { userId: string; initiativeId: string; input: unknown };

/**
 * Gives an initiative a new title (owners and editors), recorded with the
 * old and the new one. Published versions keep the title they were
 * published with. 409 while archived; the same title changes nothing.
 */
export async function renameInitiative({ userId, initiativeId, input }: RenameInitiativeOptions) {
  const { title } = parseInput(ZRenameInitiativeSchema, input);
  return db().$transaction(async (tx) => {
    const initiative = await loadInitiativeToManage({
      tx,
      userId,
      initiativeId,
      permission: "initiative.edit",
      refusal: "Only owners and editors can rename an initiative.",
    });
    assertNotArchived(initiative);
    if (initiative.title === title) return { id: initiative.id, title };
    const renamed = await tx.initiative.update({
      where: { id: initiative.id },
      data: { title },
      select: { id: true, title: true },
    });
    await recordActivity({
      tx,
      workspaceId: initiative.workspaceId,
      initiativeId: initiative.id,
      actorId: userId,
      type: "initiative.renamed",
      data: { from: initiative.title, to: title },
    });
    return renamed;
  });
}
