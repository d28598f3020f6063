import "server-only";
import { db } from "@/server/db";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { can } from "@/server/policies/permissions";
import { currentStage, statesOf } from "@/lib/stages";

export type ListInitiativesOptions = { userId: string; workspaceId: string };

/**
 * A workspace's active initiatives with each stage's state and the checks of the
 * stage being worked on, newest activity first.
 * Viewers get none: they read published documents, never drafts.
 */
export async function listInitiatives({ userId, workspaceId }: ListInitiativesOptions) {
  const { actor } = await getWorkspace({ userId, workspaceId });
  if (!can(actor, "initiative.readDrafts")) return [];
  const initiatives = await db().initiative.findMany({
    // Archived initiatives are out of the default list (they are restored from their own page).
    where: { workspaceId, archivedAt: null },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      customer: true,
      updatedAt: true,
      owner: { select: { name: true } },
      sections: { select: { stage: true, state: true, checksPassed: true, checksTotal: true } },
    },
  });
  return initiatives.map(({ sections, ...initiative }) => {
    const states = statesOf(sections);
    const now = currentStage(states);
    const section = sections.find((candidate) => candidate.stage === now);
    return {
      ...initiative,
      states,
      /** How far the stage being worked on is: its checks passed, of how many (0 of 0: not checked yet). */
      checks: section ? { passed: section.checksPassed, total: section.checksTotal } : undefined,
    };
  });
}
