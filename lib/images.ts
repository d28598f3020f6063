/** Images people may upload into a stage (pasted, dropped or picked). */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/**
 * The largest upload request read: an image at the limit plus room for the
 * multipart envelope around it. next.config.ts lets request bodies this large
 * through the proxy (its default, 10 MB, would cut an image at the limit short).
 */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;
