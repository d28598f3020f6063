// Types for scripts/embedded-db.mjs, which stays plain JavaScript so that the
// launchers run on bare Node; TypeScript callers (the test harness) use these.

export interface EmbeddedPostgres {
  /** `postgresql://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  /** Closes the socket server, then PGlite (flushing a data directory). Idempotent. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where PGlite keeps its files; undefined keeps the database in memory. */
  dataDir?: string;
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /**
   * Client connections served at once (default 64). They share one Postgres
   * session, which runs one exchange (or one connection's transaction) at a time.
   */
  maxConnections?: number;
  /**
   * Milliseconds a connection may sit silent inside a transaction while other
   * connections wait for the session, before it is disconnected and its
   * transaction rolled back. Default 10 000; 0 never.
   */
  idleInTransactionTimeout?: number;
}

export function startEmbeddedPostgres(options?: EmbeddedPostgresOptions): Promise<EmbeddedPostgres>;

/** `prisma migrate deploy` against `url`; rejects with the CLI's output on failure. */
export function migrate(url: string): Promise<void>;

/** Whether a Postgres server answers at `url` within about a second. */
export function isPostgresReachable(url: string): Promise<boolean>;
