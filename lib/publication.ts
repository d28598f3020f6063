/**
 * What a publication holds and how it is addressed: the one description the
 * publisher, the reader pages, the exports and the share link agree on.
 * Isomorphic and pure.
 */
import type { JSONContent } from "@tiptap/core";
import type { CustomerAnswers } from "@/lib/customer-questions";
import type { Stage } from "@/lib/stages";
import { writtenBlocks } from "@/lib/checks/outline";
import { isLabel, readPressRelease } from "@/lib/checks/press-release-parts";

/** One completed stage as it was published. */
export type PublishedStage = {
  stage: Stage;
  /** The section's editor JSON (editor/extensions) when it was published. */
  content: JSONContent;
  /** ISO timestamp of the stage's completion. */
  completedAt: string | null;
};

/** Publication.snapshot: everything a reader sees besides the title. */
export type PublicationSnapshot = {
  customer: CustomerAnswers;
  /** The stages complete when it was published, in stage order. */
  stages: PublishedStage[];
};

/** Where workspace members read an initiative's latest publication. */
export function publicationPath(initiativeId: string, version?: number): string {
  return version === undefined ? `/p/${initiativeId}` : `/p/${initiativeId}/v/${version}`;
}

/** Where anyone holding the secret reads the latest publication. */
export function sharePath(token: string, version?: number): string {
  return version === undefined ? `/s/${token}` : `/s/${token}/v/${version}`;
}

/**
 * The token and version a share path names (the inverse of sharePath), or
 * null for any other path. For pages Next.js gives no params: not-found.tsx.
 */
export function parseSharePath(path: string): { token: string; version?: string } | null {
  const match = /^\/s\/([^/]+)(?:\/v\/([^/]+))?\/?$/.exec(path);
  if (!match?.[1]) return null;
  return match[2] === undefined ? { token: match[1] } : { token: match[1], version: match[2] };
}

/**
 * Where a publication's image is read: through the publication, so it stays
 * readable exactly as long as the publication is; `token` for a share-link
 * reader, who has no session.
 */
export function publicationAssetPath(publicationId: string, assetId: string, token?: string) {
  const path = `/api/publications/${publicationId}/assets/${assetId}`;
  return token ? `${path}?share=${encodeURIComponent(token)}` : path;
}

/** "Published 26 November 2026 · version 3". */
export function versionLabel(createdAt: Date, version: number): string {
  const date = createdAt.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return `Published ${date} · version ${version}`;
}

/** A file name from an initiative's title: "Instant refunds" → "instant-refunds". */
export function exportFileName(title: string, extension: "md" | "pdf"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 80)
    // After the cut too: a title cut between two words must not end in "-".
    .replace(/^-+|-+$/g, "");
  return `${slug || "document"}.${extension}`;
}

/** The asset ids a document's figures show (`/api/assets/<id>`). */
export function assetIdsOf(content: JSONContent): string[] {
  const ids = new Set<string>();
  const visit = (node: JSONContent) => {
    if (node.type === "figure") {
      const match = /^\/api\/assets\/([A-Za-z0-9_-]+)$/.exec(String(node.attrs?.src ?? ""));
      if (match?.[1]) ids.add(match[1]);
    }
    node.content?.forEach(visit);
  };
  visit(content);
  return [...ids];
}

/**
 * A line about a publication for link previews (Open Graph): the press
 * release's subheading (typed under its heading, or over it), else the most
 * important customer benefit. Published text only: it is computed when
 * publishing, from the snapshot, so no draft ever reaches metadata.
 */
export function publicationDescription(snapshot: PublicationSnapshot): string {
  const release = snapshot.stages.find((stage) => stage.stage === "PRESS_RELEASE");
  const pr = release ? readPressRelease(release.content) : undefined;
  const sub = pr?.parts.subheading;
  const heading = sub?.heading && !isLabel("subheading", sub.heading.text) ? sub.heading.text : "";
  const body = writtenBlocks(sub)[0]?.text ?? "";
  const line = (heading || body || snapshot.customer.customerBenefit).replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
