/**
 * Tells the rest of the page that the collab server stored a section (anyone's
 * edits, not only this tab's). The editor and the open history are rendered
 * apart, so they meet through one window event rather than shared state: the
 * history compares a version with the stored text and refetches on it.
 */
const EVENT = "foreword:section-saved";

export function announceSectionSaved(sectionId: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: sectionId }));
}

/** Calls `onSaved` whenever section `sectionId` is stored; returns the unsubscribe. */
export function onSectionSaved(sectionId: string, onSaved: () => void): () => void {
  const listener = (event: Event) => {
    if (event instanceof CustomEvent && event.detail === sectionId) onSaved();
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
