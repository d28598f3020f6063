import "server-only";
import { conflict } from "@/server/errors";
import { ARCHIVED_MESSAGE, isArchived } from "@/lib/stages";

/**
 * Refuses any change to an archived initiative (409 ARCHIVED): its sections,
 * reviews, threads, publications and customer answers stay as they were
 * until it is restored. Every load-for-update function asks this, so the
 * rule (lib/stages.ts isArchived) is applied where data is written.
 */
export function assertNotArchived(initiative: { archivedAt: Date | null }): void {
  if (isArchived(initiative)) throw conflict("ARCHIVED", ARCHIVED_MESSAGE);
}
