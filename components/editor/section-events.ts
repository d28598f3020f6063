import type { CollabNotice } from "@/lib/collab-document";

/**
 * Tells the rest of the page what the collab server said about a section:
 * that it stored it (anyone's edits, not only this tab's), or that someone
 * restored an earlier version. The editor and the panels beside it are
 * rendered apart, so they meet through window events rather than shared
 * state: the open history compares a version with the stored text and
 * refetches on a store; the editor tells its person about a restore.
 */
const SAVED = "foreword:section-saved";
const RESTORED = "foreword:section-restored";

type Restored = Extract<CollabNotice, { type: "restored" }>;

export function announceSectionNotice(sectionId: string, notice: CollabNotice) {
  const event = notice.type === "saved" ? SAVED : RESTORED;
  window.dispatchEvent(new CustomEvent(event, { detail: { sectionId, notice } }));
}

function listen<T>(event: string, sectionId: string, handle: (notice: T) => void): () => void {
  const listener = (received: Event) => {
    if (!(received instanceof CustomEvent)) return;
    const detail = received.detail as { sectionId: string; notice: T };
    if (detail.sectionId === sectionId) handle(detail.notice);
  };
  window.addEventListener(event, listener);
  return () => window.removeEventListener(event, listener);
}

/** Calls `onSaved` whenever section `sectionId` is stored; returns the unsubscribe. */
export function onSectionSaved(sectionId: string, onSaved: () => void): () => void {
  return listen(SAVED, sectionId, onSaved);
}

/** Calls `onRestored` whenever someone restores a version of section `sectionId`. */
export function onSectionRestored(
  sectionId: string,
  onRestored: (notice: Restored) => void,
): () => void {
  return listen(RESTORED, sectionId, onRestored);
}
