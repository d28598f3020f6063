import type { Extension } from "@hocuspocus/server";
import pg from "pg";
import { ZInvalidationSchema } from "@/lib/collab-invalidation";
import type { Invalidation } from "./invalidation";

/** The channel the database triggers notify (prisma/migrations/*_collab_access_notifications). */
export const ACCESS_CHANNEL = "foreword_collab_access";

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

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
  readonly #options: AccessNotificationsOptions;
  #client?: pg.Client;
  #stopped = false;
  #delay = RECONNECT_MIN_MS;
  #timer?: NodeJS.Timeout;

  constructor(options: AccessNotificationsOptions) {
    this.#options = options;
  }

  /** Starts listening; resolves once LISTEN is in place (or the first attempt failed and a retry is due). */
  async start(): Promise<void> {
    await this.#connect(false);
  }

  /** Whether notifications are being received right now. */
  get listening(): boolean {
    return this.#client !== undefined;
  }

  async #connect(reconnecting: boolean): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({ connectionString: this.#options.connectionString });
    client.on("notification", ({ channel, payload }) => {
      if (channel === ACCESS_CHANNEL) this.#receive(payload);
    });
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
    } catch (error) {
      this.#lost(client, error);
      return;
    }
    this.#client = client;
    this.#delay = RECONNECT_MIN_MS;
    if (reconnecting) {
      const revoked = this.#options.invalidation.revokeAllWritable();
      console.warn(`[collab] listening again; revoked ${revoked} writable connection(s)`);
    }
  }

  #receive(payload: string | undefined) {
    let parsed: ReturnType<typeof ZInvalidationSchema.safeParse> | undefined;
    try {
      parsed = ZInvalidationSchema.safeParse(JSON.parse(payload ?? ""));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      console.warn("[collab] ignored a malformed access notification");
      return;
    }
    this.#options.invalidation.apply(parsed.data);
  }

  #lost(client: pg.Client, error?: unknown) {
    if (this.#client && this.#client !== client) return;
    this.#client = undefined;
    client.removeAllListeners("end");
    client.on("error", () => {}); // errors of a client being thrown away
    void client.end().catch(() => {});
    if (this.#stopped || this.#timer) return;
    console.warn(
      `[collab] not listening for access changes; retrying in ${this.#delay} ms`,
      error instanceof Error ? error.message : "",
    );
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#connect(true);
    }, this.#delay);
    this.#timer.unref();
    this.#delay = Math.min(this.#delay * 2, RECONNECT_MAX_MS);
  }

  async onDestroy(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }
}
