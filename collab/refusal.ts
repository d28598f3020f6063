import type { CollabRefusal } from "@/lib/collab-document";

/**
 * An error Hocuspocus turns into a "permission denied" message carrying
 * `reason`, which the browser explains to the person (lib/collab-document.ts).
 */
export class Refusal extends Error {
  constructor(readonly reason: CollabRefusal) {
    super(reason);
    this.name = "Refusal";
  }
}

/** What every connection carries after authentication. */
export type CollabContext = {
  userId: string;
  /** The name shown on this person's caret, from the database. */
  userName: string;
  sectionId: string;
  workspaceId: string;
  writable: boolean;
  /** When the database was read for this connection's rights (ms since epoch). */
  authorizedAt: number;
};
