import "server-only";

/** An uploaded image as the data layer returns it. */
export type ImageFile = { contentType: string; size: number; etag: string; bytes: Uint8Array };

/**
 * An image's response: its sniffed type, never sniffed again by the browser
 * (nosniff), no active content even when opened on its own (a CSP of
 * nothing), and cached privately for a year (an asset's bytes never change;
 * the ETag is their sha256, so a revalidation is a 304). Private: these are
 * not public files.
 */
export function imageResponse(request: Request, image: ImageFile): Response {
  const headers = {
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: image.etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'",
  };
  if (request.headers.get("if-none-match") === image.etag)
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      ...headers,
      "Content-Type": image.contentType,
      "Content-Length": String(image.size),
    },
  });
}
