import "server-only";
import type { ExportFile } from "@/server/export/export-file";

/**
 * A download: `Content-Disposition: attachment` with the file's name, never
 * sniffed, never cached (the next request may no longer be allowed: a share
 * link can be revoked, a member removed).
 */
export function attachmentResponse(file: ExportFile): Response {
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
