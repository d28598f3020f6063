import { apiHandler } from "@/server/http/api-route";
import { imageResponse } from "@/server/http/image-response";
import { getAsset } from "@/server/data/asset/get-asset";

/** An uploaded image, only for people who may read its initiative's drafts. */
export const GET = apiHandler<{ assetId: string }>(async ({ ctx, params, request }) =>
  imageResponse(request, await getAsset({ userId: ctx.user.id, assetId: params.assetId })),
);
