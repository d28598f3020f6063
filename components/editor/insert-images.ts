import type { Editor } from "@tiptap/core";
import { toast } from "sonner";
import { imageProblem, uploadImage } from "./upload-image";

/**
 * Uploads images and inserts each as a figure with an empty caption where
 * `at` says (a tracked position: see tracked-position.ts), in the order given. Files that are not allowed are refused with a
 * toast before anything is sent; a failed upload is toasted and skipped.
 */
export async function insertImages(
  editor: Editor,
  files: File[],
  at: () => number,
  sectionId: string,
): Promise<void> {
  const allowed = files.filter((file) => {
    const problem = imageProblem(file);
    if (problem) toast.error(problem);
    return !problem;
  });
  if (allowed.length === 0) return;

  const toastId = toast.loading(
    allowed.length === 1 ? "Uploading image…" : `Uploading ${allowed.length} images…`,
  );
  const results = await Promise.allSettled(allowed.map((file) => uploadImage(file, sectionId)));
  const urls: string[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") urls.push(result.value);
    else toast.error(result.reason instanceof Error ? result.reason.message : "Upload failed.");
  }
  toast.dismiss(toastId);
  if (urls.length === 0) return;
  if (editor.isDestroyed || !editor.isEditable) {
    toast.error("The image was uploaded, but this section can no longer be edited.");
    return;
  }
  editor
    .chain()
    .insertContentAt(
      at(),
      urls.map((src) => ({ type: "figure", attrs: { src, alt: "" } })),
      // The person may have moved on while it uploaded: leave their cursor alone.
      { updateSelection: false },
    )
    .run();
}

/** Opens the system file picker for images; resolves with what was chosen (maybe nothing). */
export function pickImageFiles(accept: readonly string[]): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept.join(",");
    input.multiple = true;
    input.addEventListener("change", () => resolve(Array.from(input.files ?? [])), { once: true });
    input.addEventListener("cancel", () => resolve([]), { once: true });
    input.click();
  });
}
