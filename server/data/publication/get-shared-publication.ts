import "server-only";
import { db, pgPool } from "@/server/db";
import { publicationRow } from "./load-publication";
import { parseVersion, toPublicationView, type PublicationView } from "./publication-view";

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
  const wanted = parseVersion(version);
  if (wanted === null) return { status: "unknown" };
  const link = await shareLinkState(token);
  if (!link) return { status: "unknown" };
  if (link.revoked) return { status: "revoked" };
  // The link shows the latest version only, without the list of versions or
  // the publisher's note (written for the team): an earlier version may hold
  // what the team has since taken back. An older version's address leads
  // nowhere, as an unknown one does.
  if (!link.publicationId || (wanted !== undefined && wanted !== link.version))
    return { status: "unknown" };
  const row = await publicationRow(db(), link.publicationId);
  if (!row) return { status: "unknown" };
  return {
    status: "ok",
    publication: { ...toPublicationView(row, []), latest: true, note: "" },
    token,
  };
}

export type ShareLinkState = {
  revoked: boolean;
  /** The initiative's newest publication, or null before the first. */
  publicationId: string | null;
  version: number | null;
};

/**
 * A share link and its initiative's newest publication, or null for an
 * unknown token. Every request to a share page asks this (the page, and
 * proxy.ts before a cached copy: server/http/share-page.ts), so it is one
 * statement through `pg`: Prisma's query engine cost two milliseconds of CPU
 * per query here (see "Reader benchmark" in docs/benchmarks.md).
 */
export async function shareLinkState(token: string): Promise<ShareLinkState | null> {
  const { rows } = await pgPool().query<ShareLinkState>({
    name: "foreword-share-link",
    text: LINK_SQL,
    values: [token],
  });
  return rows[0] ?? null;
}

const LINK_SQL = `
  SELECT l."revokedAt" IS NOT NULL AS "revoked", p."id" AS "publicationId", p."version"
  FROM "ShareLink" AS l
  LEFT JOIN LATERAL (
    SELECT "id", "version" FROM "Publication"
    WHERE "initiativeId" = l."initiativeId" ORDER BY "version" DESC LIMIT 1
  ) AS p ON true
  WHERE l."token" = $1`;
