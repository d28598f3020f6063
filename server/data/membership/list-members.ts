import "server-only";
import { db } from "@/server/db";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { can } from "@/server/policies/permissions";

export type ListMembersOptions = { userId: string; workspaceId: string };

/** Members of a workspace; owners also see invites that are still pending. */
export async function listMembers({ userId, workspaceId }: ListMembersOptions) {
  const { actor } = await getWorkspace({ userId, workspaceId });
  const members = await db().membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  const invites = can(actor, "workspace.manageMembers")
    ? await db().invite.findMany({
        where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          email: true,
          role: true,
          expiresAt: true,
          invitedBy: { select: { name: true } },
        },
      })
    : [];
  return { members, invites, actor };
}
