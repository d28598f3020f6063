import "server-only";
import { cache } from "react";
import { notFound } from "@/server/errors";
import { getWorkspace } from "@/server/data/workspace/get-workspace";
import { can } from "@/server/policies/permissions";

export type LoadDashboardReaderOptions = { userId: string; workspaceId: string };

/**
 * The workspace, for someone who may read its drafts: the dashboard shows
 * where each draft stands. 404 for non-members and for viewers, who never
 * see drafts (they keep their list of published documents).
 */
export async function loadDashboardReader({ userId, workspaceId }: LoadDashboardReaderOptions) {
  return loadOnce(userId, workspaceId);
}

// Once per request while rendering (the table and the funnel both ask); outside
// a render, as in tests, React's cache calls through every time.
const loadOnce = cache(async (userId: string, workspaceId: string) => {
  const workspace = await getWorkspace({ userId, workspaceId });
  if (!can(workspace.actor, "initiative.readDrafts")) throw notFound("Initiative");
  return workspace;
});
