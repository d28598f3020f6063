import { z } from "@/lib/schemas/zod";
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from "@/lib/images";

const ZUploadResponse = z.object({ asset: z.object({ id: z.string(), url: z.string() }) });
const ZApiError = z.object({ error: z.object({ message: z.string() }) });

const MAX_MB = MAX_IMAGE_BYTES / 1024 / 1024;

/** Why this file cannot be uploaded, checked before sending a byte; undefined if it can. */
export function imageProblem(file: File): string | undefined {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, WebP or GIF image.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `“${file.name}” is larger than ${MAX_MB} MB. Make it smaller and try again.`;
  }
  return undefined;
}

/** The files of a paste or drop, if any: each is checked (and refused if need be) before upload. */
export function transferredFiles(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []);
}

/**
 * Uploads one image for a section (POST /api/assets) and returns its URL.
 * Throws an Error whose message can be shown as it is.
 */
export async function uploadImage(file: File, sectionId: string): Promise<string> {
  const body = new FormData();
  body.append("file", file);
  body.append("sectionId", sectionId);
  let response: Response;
  try {
    response = await fetch("/api/assets", { method: "POST", body, credentials: "same-origin" });
  } catch {
    throw new Error(`“${file.name}” was not uploaded: check your connection and try again.`);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ZApiError.safeParse(json);
    throw new Error(
      parsed.success
        ? parsed.data.error.message
        : `“${file.name}” was not uploaded (${response.status}).`,
    );
  }
  const parsed = ZUploadResponse.safeParse(json);
  if (!parsed.success) throw new Error(`“${file.name}” was not uploaded: unexpected answer.`);
  return parsed.data.asset.url;
}
