import "server-only";
import { db } from "@/server/db";

export type ListWorkspacesOptions = { userId: string };

/** The workspaces a user belongs to, with their role, oldest membership first. */
export async function listWorkspaces({ userId }: ListWorkspacesOptions) {
  const memberships = await db().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return memberships.map(({ role, workspace }) => ({ ...workspace, role }));
}
