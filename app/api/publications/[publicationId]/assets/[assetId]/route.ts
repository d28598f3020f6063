import { publicApiHandler } from "@/server/http/api-route";
import { imageResponse } from "@/server/http/image-response";
import { getPublicationAsset } from "@/server/data/publication/get-publication-asset";

/**
 * An image of a publication, for its readers: members of the workspace, or
 * anyone with a live share link (`?share=<token>`, since they have no
 * session). 404 for everyone else, signed in or not.
 */
export const GET = publicApiHandler<{ publicationId: string; assetId: string }>(
  async ({ user, params, request }) => {
    const image = await getPublicationAsset({
      userId: user?.id ?? null,
      publicationId: params.publicationId,
      assetId: params.assetId,
      share: new URL(request.url).searchParams.get("share"),
    });
    return imageResponse(request, image);
  },
);
