import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";

export type GetWorkspaceOptions = { userId: string; workspaceId: string };

/**
 * A workspace the user belongs to, with their role. 404 for everyone else:
 * whether a workspace exists is private to its members.
 */
export async function getWorkspace({ userId, workspaceId }: GetWorkspaceOptions) {
  workspaceId = parseId(workspaceId, "Workspace");
  const actor = await getActor({ userId, workspaceId });
  if (!actor || !can(actor, "workspace.view")) throw notFound("Workspace");
  const workspace = await db().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { id: true, name: true, requiredApprovals: true },
  });
  return { ...workspace, actor };
}
