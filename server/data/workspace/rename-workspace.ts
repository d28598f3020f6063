import "server-only";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZWorkspaceNameSchema } from "@/lib/schemas/workspace";

export type RenameWorkspaceOptions = { userId: string; workspaceId: string; input: unknown };

/**
 * Renames a workspace (owners only; other members 403, outsiders 404),
 * recorded with the old and the new name. The same name changes nothing.
 */
export async function renameWorkspace({ userId, workspaceId, input }: RenameWorkspaceOptions) {
  const { name } = parseInput(ZWorkspaceNameSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  return db().$transaction(async (tx) => {
    const actor = await getActor({ userId, workspaceId, tx });
    authorize(actor, "workspace.rename", {
      hidden: "Workspace",
      refusal: "Only owners can rename the workspace.",
    });
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { id: true, name: true },
    });
    if (before.name === name) return before;
    const renamed = await tx.workspace.update({
      where: { id: workspaceId },
      data: { name },
      select: { id: true, name: true },
    });
    await recordActivity({
      tx,
      workspaceId,
      actorId: userId,
      type: "workspace.renamed",
      data: { from: before.name, to: name },
    });
    return renamed;
  });
}
