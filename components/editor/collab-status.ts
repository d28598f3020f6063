import type { CollabSnapshot } from "./collab-session";

export type CollabStatus = "connecting" | "connected" | "offline" | "saving" | "saved";

/**
 * What the status pill says. "Saved" only once the server has stored this
 * tab's last change; "Saving…" from the first keystroke until then.
 */
export function collabStatus(snapshot: CollabSnapshot): CollabStatus {
  if (snapshot.connection === "offline") return "offline";
  if (snapshot.connection === "connecting") return "connecting";
  // A read-only tab has nothing of its own to save.
  if (!snapshot.editable) return "connected";
  if (snapshot.dirty) return "saving";
  return snapshot.savedOnce ? "saved" : "connected";
}

/** Everything this tab wrote is stored: what completing a stage waits for. */
export function isAllSaved(snapshot: CollabSnapshot): boolean {
  return snapshot.connection === "connected" && !snapshot.dirty;
}
