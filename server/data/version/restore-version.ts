import "server-only";
import { AppError, conflict, notFound } from "@/server/errors";
import { authorize } from "@/server/policies/authorize";
import { restoreOnCollab } from "@/server/collab/collab-versions";
import { sectionDocumentName } from "@/lib/collab-document";
import { assertNotArchived } from "@/server/data/initiative/assert-not-archived";
import { loadVersionScope } from "./load-version-scope";

export type RestoreVersionOptions = { userId: string; versionId: unknown };

export const REOPEN_TO_RESTORE = "Reopen the stage to restore an earlier version.";
const notWritable = () => conflict("STAGE_NOT_WRITABLE", REOPEN_TO_RESTORE);

/**
 * Makes a saved version the section's current text for everyone. It goes
 * through the collab server as a new update on the live document, so open
 * editors converge on it and nothing is written under a running server; the
 * collab server keeps the text it replaced (BEFORE_RESTORE), stores the
 * restore through the guarded store, and records it (RESTORED, activity
 * "version.restored"). Owners and editors, while the stage is writable:
 * otherwise 409, whatever the collab server would say.
 */
export async function restoreVersion({ userId, versionId }: RestoreVersionOptions) {
  const scope = await loadVersionScope({ userId, versionId });
  authorize(scope.actor, "section.edit", {
    hidden: "Version",
    refusal: "Only owners and editors can restore a version.",
  });
  assertNotArchived(scope);
  if (!scope.stageWritable) throw notWritable();
  const status = await restoreOnCollab({
    documentName: sectionDocumentName(scope.sectionId),
    versionId: scope.version.id,
    userId,
  });
  if (status === 200) return { versionId: scope.version.id, sectionId: scope.sectionId };
  if (status === 409) throw notWritable();
  if (status === 404) throw notFound("Version");
  throw new AppError(
    503,
    "COLLAB_UNAVAILABLE",
    "The editing server could not be reached, so nothing was restored. Try again shortly.",
  );
}
