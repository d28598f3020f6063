import { apiHandler } from "@/server/http/api-route";
import { getAsset } from "@/server/data/asset/get-asset";

/**
 * An uploaded image, only for people who may read its initiative. Assets
 * never change, so browsers may keep them for a year (privately: they are
 * not public files).
 */
export const GET = apiHandler<{ assetId: string }>(async ({ ctx, params, request }) => {
  const asset = await getAsset({ userId: ctx.user.id, assetId: params.assetId });
  const headers = {
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: asset.etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'",
  };
  if (request.headers.get("if-none-match") === asset.etag)
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(asset.bytes), {
    headers: {
      ...headers,
      "Content-Type": asset.contentType,
      "Content-Length": String(asset.size),
    },
  });
});
