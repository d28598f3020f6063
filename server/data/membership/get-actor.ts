import "server-only";
import { db, type DbTx } from "@/server/db";
import type { Actor } from "@/server/policies/permissions";

export type GetActorOptions = { userId: string; workspaceId: string; tx?: DbTx };

/** The user's role in a workspace, or null when they are not a member. */
export async function getActor({ userId, workspaceId, tx }: GetActorOptions): Promise<Actor> {
  const membership = await (tx ?? db()).membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true },
  });
  return membership ? { userId, role: membership.role } : null;
}
