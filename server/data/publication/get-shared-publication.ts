import "server-only";
import { db } from "@/server/db";
import { loadPublication } from "./load-publication";
import { parseVersion, type PublicationView } from "./publication-view";

export type GetSharedPublicationOptions = {
  token: string;
  /** The version from the URL; undefined for the newest. */
  version?: string;
};

export type SharedPublication =
  | { status: "ok"; publication: PublicationView; token: string }
  /** The link existed and its owner revoked it: the page says so (with a 404). */
  | { status: "revoked" }
  /** No such link, or no such version. */
  | { status: "unknown" };

/** Share tokens are 32 url-safe characters (create-share-link.ts); anything else is unknown. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * What a share link leads to, for anyone holding it: the initiative's
 * publications, never its drafts. A revoked link reads nothing.
 */
export async function getSharedPublication({
  token,
  version,
}: GetSharedPublicationOptions): Promise<SharedPublication> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return { status: "unknown" };
  const link = await db().shareLink.findUnique({
    where: { token },
    select: { initiativeId: true, revokedAt: true },
  });
  if (!link) return { status: "unknown" };
  if (link.revokedAt) return { status: "revoked" };
  const wanted = parseVersion(version);
  if (wanted === null) return { status: "unknown" };
  const publication = await loadPublication({
    tx: db(),
    initiativeId: link.initiativeId,
    version: wanted,
  });
  // The link shows the latest version only, without the list of versions or
  // the publisher's note (written for the team): an earlier version may hold
  // what the team has since taken back. An older version's address leads
  // nowhere, as an unknown one does.
  if (!publication?.latest) return { status: "unknown" };
  return { status: "ok", publication: { ...publication, note: "", versions: [] }, token };
}
