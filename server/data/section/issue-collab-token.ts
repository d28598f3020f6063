import "server-only";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { signCollabToken } from "@/server/collab/collab-token";
import { env } from "@/lib/env";
import { sectionDocumentName } from "@/lib/collab-document";
import type { TCollabTokenResponse } from "@/lib/schemas/collab-token";

export type IssueCollabTokenOptions = { userId: string; sectionId: string };

/**
 * A short-lived token for opening one section on the collab server, where to
 * connect, and whether the person may write (the collab server decides again
 * for itself); null when they may not read the section. The token endpoint
 * answers with it, and the stage page renders the first one into the page so
 * the editor can connect without a round trip first.
 */
export async function issueCollabToken({
  userId,
  sectionId,
}: IssueCollabTokenOptions): Promise<TCollabTokenResponse | null> {
  const access = await getSectionAccess({ userId, sectionId });
  if (!access) return null;
  const { token, expiresAt } = await signCollabToken({ userId, sectionId });
  const { COLLAB_URL, COLLAB_PORT } = env();
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    document: sectionDocumentName(sectionId),
    url: COLLAB_URL ?? null,
    port: COLLAB_PORT,
    writable: access.writable,
  };
}
