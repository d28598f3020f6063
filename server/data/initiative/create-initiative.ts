import "server-only";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { authorize } from "@/server/policies/authorize";
import { ZCreateInitiativeSchema } from "@/lib/schemas/initiative";
import { STAGES, initialStates } from "@/lib/stages";
import { checkCounts } from "@/lib/checks";
import { NO_ANSWERS } from "@/lib/customer-questions";
import { templateDocument } from "@/editor/templates";

export type CreateInitiativeOptions = { userId: string; workspaceId: string; input: unknown };

/** Starts an initiative with its five sections in their initial states. */
export async function createInitiative({ userId, workspaceId, input }: CreateInitiativeOptions) {
  const data = parseInput(ZCreateInitiativeSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  const actor = await getActor({ userId, workspaceId });
  authorize(actor, "initiative.create", {
    hidden: "Workspace",
    refusal: "Only owners and editors can start an initiative.",
  });

  const states = initialStates();
  const customer = { ...NO_ANSWERS, ...data };
  return db().$transaction(async (tx) => {
    const initiative = await tx.initiative.create({
      data: {
        ...data,
        workspaceId,
        ownerId: userId,
        sections: {
          create: STAGES.map((stage) => ({
            stage,
            state: states[stage],
            // Nothing written yet: the counts of the template the stage opens
            // with (collab's seed), so opening it first changes no count.
            ...checkCounts(stage, templateDocument(stage), { customer }),
          })),
        },
      },
      select: { id: true, title: true, customer: true, workspaceId: true },
    });
    await recordActivity({
      tx,
      workspaceId,
      initiativeId: initiative.id,
      actorId: userId,
      type: "initiative.created",
      data: { title: initiative.title },
    });
    return initiative;
  });
}
