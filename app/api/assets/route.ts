import { NextResponse } from "next/server";
import { apiHandler } from "@/server/http/api-route";
import { AppError, tooLarge } from "@/server/errors";
import { createAsset } from "@/server/data/asset/create-asset";
import { MAX_IMAGE_BYTES, MAX_UPLOAD_REQUEST_BYTES } from "@/lib/images";

const missing = (field: string, message: string) =>
  new AppError(400, "INVALID_INPUT", `${field}: ${message}`, { [field]: message });

/**
 * POST multipart/form-data `file` + `sectionId`: stores an image for a stage
 * the person may edit now. 201 `{ asset: { id, url, contentType, size } }`.
 */
export const POST = apiHandler<Record<string, never>>(async ({ ctx, request }) => {
  const length = request.headers.get("content-length");
  if (!length) throw new AppError(411, "LENGTH_REQUIRED", "Send the upload with a Content-Length.");
  if (Number(length) > MAX_UPLOAD_REQUEST_BYTES)
    throw tooLarge(`Images are limited to ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`, "file");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError(400, "INVALID_INPUT", "Send the image as multipart/form-data.");
  }
  const file = form.get("file");
  const sectionId = form.get("sectionId");
  if (!(file instanceof File)) throw missing("file", "Choose an image to upload.");
  if (typeof sectionId !== "string" || !sectionId)
    throw missing("sectionId", "Say which section the image is for.");
  const asset = await createAsset({
    userId: ctx.user.id,
    sectionId,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return NextResponse.json({ asset }, { status: 201 });
});
