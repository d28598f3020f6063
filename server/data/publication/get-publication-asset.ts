import "server-only";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { isId } from "@/lib/schemas/ids";
import { loadReadablePublication } from "./load-readable-publication";

export type GetPublicationAssetOptions = {
  userId: string | null;
  publicationId: string;
  assetId: string;
  /** `?share=` from the request, or null. */
  share: string | null;
};

/**
 * An image of a publication, for whoever may read that publication
 * (loadReadablePublication): readable as long as the publication is, and only
 * through it. Only the images its snapshot shows, and only uploads of its own
 * initiative (a figure could name another team's asset id; publishing must
 * not hand that image out). 404 for everything else.
 */
export async function getPublicationAsset({
  userId,
  publicationId,
  assetId,
  share,
}: GetPublicationAssetOptions) {
  const { publication } = await loadReadablePublication({ userId, publicationId, share });
  if (!isId(assetId) || !publication.assetIds.includes(assetId)) throw notFound("Image");
  const asset = await db().asset.findFirst({
    where: { id: assetId, section: { initiativeId: publication.initiativeId } },
    select: { contentType: true, size: true, sha256: true, bytes: true },
  });
  if (!asset) throw notFound("Image");
  return {
    contentType: asset.contentType,
    size: asset.size,
    etag: `"${asset.sha256}"`,
    bytes: asset.bytes,
  };
}
