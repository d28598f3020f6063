import type { Hocuspocus } from "@hocuspocus/server";
import type { JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { db } from "@/server/db";
import { getSectionAccess } from "@/server/data/section/get-section-access";
import { recordRestore } from "@/server/data/version/record-restore";
import { editorSchema, snapshotOf } from "@/editor/document";
import { YJS_FIELD } from "@/editor/extensions";
import { sectionIdOf, type CollabNotice } from "@/lib/collab-document";
import type { TCollabRestore } from "@/lib/schemas/version";
import type { Persistence } from "./extensions/persistence";

type Answer = { status: number; body: Record<string, unknown> };

/**
 * POST /internal/store: stores a document now if it is open here, so the
 * version the app takes next holds what its editors show, and hands over
 * who edited it since its last version (a version is being taken now).
 */
export async function storeDocumentNow(
  hocuspocus: Hocuspocus,
  persistence: Persistence,
  documentName: string,
): Promise<Answer> {
  const document = hocuspocus.documents.get(documentName);
  if (!document) return { status: 200, body: { stored: true, authorIds: [] } };
  // Taken first: the version is this one, so the store below must not keep an automatic one too.
  const authorIds = persistence.versions.take(documentName);
  const result = await persistence.storeNow(hocuspocus, document);
  return { status: 200, body: { stored: result === "stored", authorIds } };
}

/**
 * POST /internal/restore: makes a version the document's current text, as a
 * new update on the live document (loaded for the purpose if nobody has it
 * open; with Redis the update reaches the other instances), so every open
 * editor converges on it. The replacement is computed by y-tiptap against
 * the current content, one transaction, in the restorer's name: the store's
 * guard checks that they may still edit, and refuses a section that may not
 * change (409). Then the text it replaced and the restore are recorded.
 */
export async function restoreDocument(
  hocuspocus: Hocuspocus,
  persistence: Persistence,
  { documentName, versionId, userId }: TCollabRestore,
): Promise<Answer> {
  const sectionId = sectionIdOf(documentName);
  const version = await db().sectionVersion.findUnique({
    where: { id: versionId },
    select: { sectionId: true, content: true, name: true },
  });
  if (!sectionId || !version || version.sectionId !== sectionId)
    return { status: 404, body: { error: "not found" } };
  // Asked again here, just before writing: the app's check may be a moment old.
  const access = await getSectionAccess({ userId, sectionId });
  if (!access) return { status: 404, body: { error: "not found" } };
  if (!access.writable) return { status: 409, body: { error: "not writable" } };

  const connection = await hocuspocus.openDirectConnection(documentName, {
    userId,
    sectionId,
    workspaceId: access.workspaceId,
  });
  try {
    const document = connection.document;
    if (!document) throw new Error("the direct connection has no document");
    // Who wrote the text being replaced, since its previous version.
    const authorIds = persistence.versions.take(documentName);
    let before: { state: Uint8Array; snapshot: ReturnType<typeof snapshotOf> } | undefined;
    await connection.transact((doc) => {
      // Taken inside the transaction: exactly the text the restore replaces.
      before = { state: Y.encodeStateAsUpdate(doc), snapshot: snapshotOf(doc) };
      prosemirrorJSONToYXmlFragment(
        editorSchema(),
        version.content as JSONContent,
        doc.getXmlFragment(YJS_FIELD),
      );
    });
    const result = await persistence.storeNow(hocuspocus, document);
    if (result === "refused") return { status: 409, body: { error: "not writable" } };
    if (result === "failed" || !before) return { status: 503, body: { error: "not stored" } };
    const recorded = await recordRestore({
      sectionId,
      versionId,
      userId,
      before,
      authorIds,
      versionName: version.name,
    });
    const restorer = await db().user.findUnique({ where: { id: userId }, select: { name: true } });
    const notice: CollabNotice = {
      type: "restored",
      userId,
      byName: restorer?.name ?? "Someone",
      versionName: version.name,
    };
    document.broadcastStateless(JSON.stringify(notice));
    // The restore itself is in the RESTORED version: the next automatic one starts from here.
    persistence.versions.take(documentName);
    return { status: 200, body: { ok: true, ...recorded } };
  } finally {
    await connection.disconnect();
  }
}
