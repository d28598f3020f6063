/**
 * The head of a published reader page: its title and link preview (Open
 * Graph) from the publication's stored title and description, which were
 * computed from the published snapshot when it was published, never from a
 * draft or a live section. Reader pages are never indexed: members' pages
 * sit behind sign-in, and a share link is a secret.
 */
import type { Metadata } from "next";

export type PublicationMetadataInput = {
  title: string;
  description: string;
  createdAt: Date;
};

/** Share links carry their secret in the URL: no Referer may leak it. */
const SHARE_EXTRAS = { referrer: "no-referrer" } satisfies Metadata;

/** Never in a search index, and no link on the page followed by a crawler. */
export const READER_ROBOTS = { index: false, follow: false } satisfies Metadata["robots"];

/** Metadata for a publication's reader page; `shared` for /s (share link) pages. */
export function publicationMetadata(
  publication: PublicationMetadataInput,
  { shared }: { shared: boolean },
): Metadata {
  const description = publication.description || undefined;
  return {
    title: publication.title,
    description,
    robots: READER_ROBOTS,
    openGraph: {
      type: "article",
      title: publication.title,
      description,
      publishedTime: publication.createdAt.toISOString(),
      siteName: "Foreword",
    },
    ...(shared ? SHARE_EXTRAS : {}),
  };
}

/** Metadata for a share link that leads nowhere (revoked or unknown): a title and nothing else. */
export function shareLinkProblemMetadata(title: string): Metadata {
  return { title, robots: READER_ROBOTS, ...SHARE_EXTRAS };
}
