import "server-only";
import { db } from "@/server/db";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { can } from "@/server/policies/permissions";

export type ListPublishedDocumentsOptions = { userId: string; workspaceId: string };

/**
 * The workspace's published documents, each at its newest version, newest
 * first: what every member may read, viewers included. 404 for non-members
 * (getWorkspace).
 */
export async function listPublishedDocuments({
  userId,
  workspaceId,
}: ListPublishedDocumentsOptions) {
  const { actor } = await getWorkspace({ userId, workspaceId });
  if (!can(actor, "publication.read")) return [];
  const rows = await db().publication.findMany({
    where: { workspaceId },
    orderBy: [{ initiativeId: "asc" }, { version: "desc" }],
    distinct: ["initiativeId"],
    select: {
      initiativeId: true,
      version: true,
      title: true,
      description: true,
      note: true,
      createdAt: true,
      publishedBy: { select: { name: true } },
    },
  });
  return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
