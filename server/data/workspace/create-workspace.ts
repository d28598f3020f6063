import "server-only";
import { db } from "@/server/db";
import { notFound, parseInput } from "@/server/errors";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZWorkspaceNameSchema } from "@/lib/schemas/workspace";

export type CreateWorkspaceOptions = { userId: string; input: unknown };

/**
 * A new workspace for any signed-in person, who becomes its only owner.
 * It requires one approval per stage, as a workspace made at sign-up does.
 */
export async function createWorkspace({ userId, input }: CreateWorkspaceOptions) {
  const { name } = parseInput(ZWorkspaceNameSchema, input);
  return db().$transaction(async (tx) => {
    // A session can outlive its account: then there is no one to own it.
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("Account");
    const workspace = await tx.workspace.create({
      data: { name, memberships: { create: { userId, role: "OWNER" } } },
      select: { id: true, name: true },
    });
    await recordActivity({
      tx,
      workspaceId: workspace.id,
      actorId: userId,
      type: "workspace.created",
      data: { name },
    });
    return workspace;
  });
}
