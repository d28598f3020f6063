import { isId } from "@/lib/schemas/ids";

/**
 * Names of the collaborative documents: each section is one Yjs document,
 * `section.<id>`. Shared by the browser, the app and the collab server.
 */
const PREFIX = "section.";

export function sectionDocumentName(sectionId: string): string {
  return `${PREFIX}${sectionId}`;
}

/** The section id in a document name, or undefined for any other name. */
export function sectionIdOf(documentName: string): string | undefined {
  if (!documentName.startsWith(PREFIX)) return undefined;
  const id = documentName.slice(PREFIX.length);
  return isId(id) ? id : undefined;
}

/** Why the collab server refused or closed a connection; the browser explains each. */
export const COLLAB_REFUSALS = {
  "token-expired": "Your editing session expired.",
  "token-invalid": "Your editing session is not valid.",
  "not-found": "This section does not exist or you no longer have access to it.",
  "document-full": "Too many people have this section open. Try again shortly.",
  "too-many-connections": "Too many connections from your network. Try again in a minute.",
  "load-failed": "The section could not be loaded. Nothing was lost; try again shortly.",
  "too-many-tabs": "You have this section open in too many tabs. Close some, then try again.",
  "content-too-deep":
    "That change nests the content too deeply to be kept. The section now shows what was saved.",
  "document-too-large":
    "That change would make this section too large to be kept. The section now shows what was saved.",
} as const;
export type CollabRefusal = keyof typeof COLLAB_REFUSALS;

/** Stateless messages the collab server sends to every editor of a document. */
export type CollabNotice =
  | { type: "saved"; savedAt: string }
  /** Someone restored an earlier version: other editors are told, since their text changed under them. */
  | { type: "restored"; userId: string; byName: string; versionName: string };
