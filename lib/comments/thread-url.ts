import { STAGE_INFO, type Stage } from "@/lib/stages";

/** Where a thread is read: its stage page, which opens the thread and scrolls to its passage. */
export function threadUrl({
  workspaceId,
  initiativeId,
  stage,
  threadId,
}: {
  workspaceId: string;
  initiativeId: string;
  stage: Stage;
  threadId: string;
}): string {
  return `/w/${workspaceId}/i/${initiativeId}/${STAGE_INFO[stage].slug}?thread=${threadId}`;
}
