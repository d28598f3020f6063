import "server-only";
import { db, type DbTx } from "@/server/db";
import { rolesWith } from "@/server/policies/permissions";

export type ListDraftReadersOptions = {
  workspaceId: string;
  /** Candidates, in any order, repeats allowed. */
  userIds: readonly string[];
  tx?: DbTx;
};

/**
 * Those of `userIds` who are members of the workspace now and may read its
 * drafts, in membership order: the people a link to a stage may be sent to.
 */
export async function listDraftReaders({
  workspaceId,
  userIds,
  tx = db(),
}: ListDraftReadersOptions): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: {
      workspaceId,
      userId: { in: [...new Set(userIds)] },
      role: { in: [...rolesWith("initiative.readDrafts")] },
    },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  return members.map((membership) => membership.userId);
}
