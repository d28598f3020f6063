import "server-only";
import { db } from "@/server/db";
import { parseId, parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { getActor } from "@/server/data/membership/get-actor";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZUpdateWorkspaceSettingsSchema } from "@/lib/schemas/workspace";

export type UpdateWorkspaceSettingsOptions = {
  userId: string;
  workspaceId: string;
  input: unknown;
};

/**
 * Changes a workspace's settings (owners only): how many approvals a stage
 * needs before it completes. A stage already in review is held to the new
 * number from then on.
 */
export async function updateWorkspaceSettings({
  userId,
  workspaceId,
  input,
}: UpdateWorkspaceSettingsOptions) {
  const { requiredApprovals } = parseInput(ZUpdateWorkspaceSettingsSchema, input);
  workspaceId = parseId(workspaceId, "Workspace");
  return db().$transaction(async (tx) => {
    const actor = await getActor({ userId, workspaceId, tx });
    authorize(actor, "workspace.manageSettings", {
      hidden: "Workspace",
      refusal: "Only owners can change the workspace's settings.",
    });
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { requiredApprovals: true },
    });
    if (before.requiredApprovals === requiredApprovals) return { requiredApprovals };
    const updated = await tx.workspace.update({
      where: { id: workspaceId },
      data: { requiredApprovals },
      select: { requiredApprovals: true },
    });
    await recordActivity({
      tx,
      workspaceId,
      actorId: userId,
      type: "workspace.settingsChanged",
      data: { requiredApprovals: { from: before.requiredApprovals, to: requiredApprovals } },
    });
    return updated;
  });
}
