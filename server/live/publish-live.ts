import "server-only";
import type { DbTx } from "@/server/db";
import type { TLiveEvent } from "@/lib/live-events";

/** The PostgreSQL channel every app instance listens on (server/live/live-hub.ts). */
export const LIVE_CHANNEL = "foreword_live";

/**
 * Tells open pages that `event.topic` changed. Sent with pg_notify inside the
 * caller's transaction, so PostgreSQL delivers it at commit, to every app
 * instance, and never for a change that rolled back.
 */
export async function publishLive(tx: DbTx, events: readonly TLiveEvent[]): Promise<void> {
  const unique = [
    ...new Map(events.map((event) => [`${event.topic}|${event.kind}`, event])).values(),
  ];
  for (const event of unique) {
    await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`;
  }
}
