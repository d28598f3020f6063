import type { Extension } from "@hocuspocus/server";
import { ZInvalidationSchema } from "@/lib/collab-invalidation";
import { PgListener } from "@/server/pg/pg-listener";
import type { Invalidation } from "./invalidation";

/** The channel the database triggers notify (prisma/migrations/*_collab_access_notifications). */
export const ACCESS_CHANNEL = "foreword_collab_access";

export type AccessNotificationsOptions = {
  connectionString: string;
  invalidation: Invalidation;
};

/**
 * Listens to the database's own word that the right to write a section
 * changed (a trigger notifies at commit) and revokes the affected
 * connections, as the app's invalidation request would. This is what keeps
 * a completion or a removal effective within milliseconds when the app
 * cannot reach this server. If the listening connection drops, every
 * writable connection is revoked once it is back, since notifications sent
 * meanwhile are lost; the store's own guard covers the gap.
 */
export class AccessNotifications implements Extension {
  extensionName = "foreword-access-notifications";
  readonly #listener: PgListener;

  constructor({ connectionString, invalidation }: AccessNotificationsOptions) {
    this.#listener = new PgListener({
      connectionString,
      channel: ACCESS_CHANNEL,
      logPrefix: "[collab]",
      onPayload: (payload) => receive(invalidation, payload),
      onResume: () => {
        const revoked = invalidation.revokeAllWritable();
        console.warn(`[collab] listening again; revoked ${revoked} writable connection(s)`);
      },
    });
  }

  /** Starts listening; resolves once LISTEN is in place (or the first attempt failed and a retry is due). */
  async start(): Promise<void> {
    await this.#listener.start();
  }

  /** Whether notifications are being received right now. */
  get listening(): boolean {
    return this.#listener.listening;
  }

  async onDestroy(): Promise<void> {
    await this.#listener.stop();
  }
}

function receive(invalidation: Invalidation, payload: string) {
  let parsed: ReturnType<typeof ZInvalidationSchema.safeParse> | undefined;
  try {
    parsed = ZInvalidationSchema.safeParse(JSON.parse(payload));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    console.warn("[collab] ignored a malformed access notification");
    return;
  }
  invalidation.apply(parsed.data);
}
