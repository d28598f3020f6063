import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/server/db";
import { AppError, notFound, tooLarge } from "@/server/errors";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from "@/lib/images";

export type CreateAssetOptions = { userId: string; sectionId: string; bytes: Uint8Array };

/**
 * Stores an uploaded image for a section someone may edit now. The type is
 * read from the bytes, never from the name or the client's content type.
 */
export async function createAsset({ userId, sectionId, bytes }: CreateAssetOptions) {
  if (bytes.byteLength > MAX_IMAGE_BYTES)
    throw tooLarge(`Images are limited to ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`, "file");
  if (bytes.byteLength === 0)
    throw new AppError(400, "INVALID_INPUT", "file: The file is empty.", {
      file: "The file is empty.",
    });
  const access = await getSectionAccess({ userId, sectionId });
  if (!access) throw notFound("Section");
  if (!access.writable)
    throw new AppError(403, "READ_ONLY", "You cannot add images to this stage now.");
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(IMAGE_TYPES as readonly string[]).includes(type.mime)) {
    const message = "Only PNG, JPEG, WebP and GIF images can be uploaded.";
    throw new AppError(400, "UNSUPPORTED_TYPE", `file: ${message}`, { file: message });
  }
  const asset = await db().asset.create({
    data: {
      sectionId,
      uploadedById: userId,
      contentType: type.mime,
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: new Uint8Array(bytes),
    },
    select: { id: true, contentType: true, size: true },
  });
  return { ...asset, url: `/api/assets/${asset.id}` };
}
