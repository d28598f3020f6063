import "server-only";
import { db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { recordActivity } from "@/server/data/activity/record-activity";
import { ZNameVersionSchema } from "@/lib/schemas/version";
import { STAGE_INFO } from "@/lib/stages";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";
import { loadVersionScope } from "./load-version-scope";

export type RenameVersionOptions = { userId: string; versionId: unknown; input: unknown };

/**
 * Names, or renames, a saved version: its name is the only thing about a
 * version that ever changes. Owners and editors (403 for reviewers, 404 for
 * anyone who may not read drafts).
 */
export async function renameVersion({ userId, versionId, input }: RenameVersionOptions) {
  const { name } = parseInput(ZNameVersionSchema, input);
  return db().$transaction(async (tx) => {
    const scope = await loadVersionScope({ userId, versionId, tx });
    authorize(scope.actor, "section.edit", {
      hidden: "Version",
      refusal: "Only owners and editors can name versions.",
    });
    assertNotArchived(scope);
    await tx.sectionVersion.update({ where: { id: scope.version.id }, data: { name } });
    await recordActivity({
      tx,
      workspaceId: scope.workspaceId,
      initiativeId: scope.initiativeId,
      actorId: userId,
      type: "version.named",
      data: {
        stage: scope.stage,
        label: STAGE_INFO[scope.stage].label,
        versionId: scope.version.id,
        name,
        previousName: scope.version.name,
      },
    });
    return { versionId: scope.version.id, name };
  });
}
