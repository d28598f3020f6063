import "server-only";
import { db } from "@/server/db";
import { notFound, parseId } from "@/server/errors";
import { getActor } from "@/server/data/membership/get-actor";
import { can } from "@/server/policies/permissions";

export type GetAssetOptions = { userId: string; assetId: string };

/** An image's bytes, for someone who may read its initiative's drafts; 404 for anyone else. */
export async function getAsset({ userId, assetId }: GetAssetOptions) {
  const asset = await db().asset.findUnique({
    where: { id: parseId(assetId, "Image") },
    select: {
      contentType: true,
      size: true,
      sha256: true,
      bytes: true,
      section: { select: { initiative: { select: { workspaceId: true } } } },
    },
  });
  if (!asset) throw notFound("Image");
  const actor = await getActor({ userId, workspaceId: asset.section.initiative.workspaceId });
  if (!can(actor, "initiative.readDrafts")) throw notFound("Image");
  return {
    contentType: asset.contentType,
    size: asset.size,
    etag: `"${asset.sha256}"`,
    bytes: asset.bytes,
  };
}
