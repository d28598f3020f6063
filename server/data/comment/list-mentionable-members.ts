import "server-only";
import { db } from "@/server/db";
import { rolesWith } from "@/server/policies/permissions";
import type { MentionableMember } from "@/lib/comments/types";

export type ListMentionableMembersOptions = {
  /** A workspace the caller has already been authorised to read drafts in. */
  workspaceId: string;
};

/**
 * The workspace's members who may be mentioned in a draft, by name: those
 * whose role reads drafts. Viewers are left out, since a mention would
 * send them somewhere they cannot go (the server refuses it as well).
 */
export async function listMentionableMembers({
  workspaceId,
}: ListMentionableMembersOptions): Promise<MentionableMember[]> {
  const memberships = await db().membership.findMany({
    where: { workspaceId, role: { in: [...rolesWith("initiative.readDrafts")] } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((membership) => membership.user);
}
