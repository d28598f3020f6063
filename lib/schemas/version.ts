import { z } from "@/lib/schemas/zod";
import { ZText } from "./text";
import { isId, ZId } from "./ids";

/** A version's name ("Draft for Tuesday"): a line, like a publication's note. */
export const VERSION_NAME_MAX = 80;

/** Saving the current text under a name, or renaming a saved version. */
export const ZNameVersionSchema = z.object({
  name: ZText("Give the version a name")
    .trim()
    .min(1, "Give the version a name")
    .max(VERSION_NAME_MAX, `Keep the name under ${VERSION_NAME_MAX} characters`),
});
export type TNameVersion = z.infer<typeof ZNameVersionSchema>;

/** Listing a section's versions: the newest, or those older than `before` (the oldest shown). */
export const ZListVersionsSchema = z.object({
  before: z
    .string({ error: "Send the id of the oldest version shown" })
    .refine(isId, "Send the id of the oldest version shown")
    .optional(),
});
export type TListVersions = z.infer<typeof ZListVersionsSchema>;

/** The app asks a collab server to store a document now (POST /internal/store). */
export const ZCollabStoreSchema = z.object({ documentName: z.string().max(100) });
export type TCollabStore = z.infer<typeof ZCollabStoreSchema>;

/** The app asks a collab server to make a version current (POST /internal/restore). */
export const ZCollabRestoreSchema = z.object({
  documentName: z.string().max(100),
  versionId: ZId,
  /** Who restores: the change is theirs, and the store checks they may still edit. */
  userId: ZId,
});
export type TCollabRestore = z.infer<typeof ZCollabRestoreSchema>;

/** What /internal/store answers: who edited the document since its last version. */
export const ZCollabStoreResponseSchema = z.object({
  stored: z.boolean(),
  authorIds: z.array(z.string().max(64)).max(1000).default([]),
});
