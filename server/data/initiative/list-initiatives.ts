import "server-only";
import { db } from "@/server/db";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { can } from "@/server/policies/permissions";
import { statesOf } from "@/lib/stages";

export type ListInitiativesOptions = { userId: string; workspaceId: string };

/**
 * A workspace's initiatives with each stage's state, newest activity first.
 * Viewers get none: they read published documents, never drafts.
 */
export async function listInitiatives({ userId, workspaceId }: ListInitiativesOptions) {
  const { actor } = await getWorkspace({ userId, workspaceId });
  if (!can(actor, "initiative.readDrafts")) return [];
  const initiatives = await db().initiative.findMany({
    where: { workspaceId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      customer: true,
      updatedAt: true,
      owner: { select: { name: true } },
      sections: { select: { stage: true, state: true } },
    },
  });
  return initiatives.map(({ sections, ...initiative }) => ({
    ...initiative,
    states: statesOf(sections),
  }));
}
