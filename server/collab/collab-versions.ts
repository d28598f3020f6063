import "server-only";
import { ZCollabStoreResponseSchema, type TCollabRestore } from "@/lib/schemas/version";
import { postToCollab } from "./notify-collab";

/**
 * Asks the collab server to store a document now, so a version taken next
 * holds what its editors show rather than a state up to a save debounce
 * old. Answers who edited it since its last version. Best effort: when no
 * collab server answers, the stored row is all there is (and nobody's edits
 * are being stored anyway), so the caller goes on with it.
 */
export async function storeOnCollab(documentName: string): Promise<{ authorIds: string[] }> {
  const response = await postToCollab("store", { documentName });
  if (!response?.ok) return { authorIds: [] };
  const parsed = ZCollabStoreResponseSchema.safeParse(await response.json().catch(() => null));
  return { authorIds: parsed.success ? parsed.data.authorIds : [] };
}

/**
 * Asks the collab server to make a version the document's current text, as
 * a new update on the live document. Its HTTP status (200 restored, 404
 * unknown, 409 the section may not change), or undefined when no collab
 * server answered: then nothing changed.
 */
export async function restoreOnCollab(request: TCollabRestore): Promise<number | undefined> {
  const response = await postToCollab("restore", request);
  if (response && !response.ok) console.warn(`[collab] restore answered ${response.status}`);
  return response?.status;
}
