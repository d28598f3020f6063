import "server-only";
import pg from "pg";

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

export type PgListenerOptions = {
  connectionString: string;
  /** A plain identifier: it is written into the LISTEN statement. */
  channel: string;
  /** Each notification's payload, as sent. */
  onPayload: (payload: string) => void;
  /**
   * Called when listening resumes after the connection was lost: whatever
   * was notified meanwhile is gone, so the owner must assume anything changed.
   */
  onResume?: () => void;
  /** Names the listener in log lines ("[collab]", "[live]"). */
  logPrefix: string;
};

/**
 * One dedicated PostgreSQL connection that LISTENs on a channel and keeps
 * doing so: when the connection drops it reconnects with backoff (250 ms up
 * to 10 s) and reports the gap through `onResume`. Notifications are sent
 * by PostgreSQL at commit, so listeners in every process hear the same
 * changes, and never one that rolled back.
 */
export class PgListener {
  readonly #options: PgListenerOptions;
  #client?: pg.Client;
  #stopped = false;
  #delay = RECONNECT_MIN_MS;
  #timer?: NodeJS.Timeout;

  constructor(options: PgListenerOptions) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.channel)) throw new Error("invalid channel name");
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

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  async #connect(reconnecting: boolean): Promise<void> {
    if (this.#stopped) return;
    const { connectionString, channel, onPayload } = this.#options;
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (message.channel === channel) onPayload(message.payload ?? "");
    });
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      this.#lost(client, error);
      return;
    }
    if (this.#stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
    this.#delay = RECONNECT_MIN_MS;
    if (reconnecting) this.#options.onResume?.();
  }

  #lost(client: pg.Client, error?: unknown) {
    if (this.#client && this.#client !== client) return;
    this.#client = undefined;
    client.removeAllListeners("end");
    client.on("error", () => {}); // errors of a client being thrown away
    void client.end().catch(() => {});
    if (this.#stopped || this.#timer) return;
    console.warn(
      `${this.#options.logPrefix} not listening on ${this.#options.channel}; retrying in ${this.#delay} ms`,
      error instanceof Error ? error.message : "",
    );
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#connect(true);
    }, this.#delay);
    this.#timer.unref();
    this.#delay = Math.min(this.#delay * 2, RECONNECT_MAX_MS);
  }
}
