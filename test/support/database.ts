/**
 * A fresh, migrated database per caller (a vitest file, an e2e run).
 *
 * Uses a real PostgreSQL server when there is one: TEST_DATABASE_URL, else
 * DATABASE_URL, else 127.0.0.1:5432 if it answers. Each call creates its own
 * `foreword_test_<random>` database there. On a machine with only Node, it
 * starts an in-memory PGlite on a free port instead.
 *
 * FOREWORD_TEST_DB=embedded forces PGlite even when a server is available, to
 * exercise the fresh-machine path (`FOREWORD_TEST_DB=embedded npm run test:integration`).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { isPostgresReachable, migrate, startEmbeddedPostgres } from "../../scripts/embedded-db.mjs";

export interface TestDatabase {
  url: string;
  /**
   * "embedded": PGlite, one session that runs one transaction at a time for all
   * its connections; keep pools small (DATABASE_POOL_SIZE=3).
   */
  kind: "server" | "embedded";
  /** Drops the database (or stops PGlite). */
  drop(): Promise<void>;
}

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.FOREWORD_TEST_DB !== "embedded") {
    const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
    if (configured) return createOnServer(configured);
    if (await isPostgresReachable(LOCAL_SERVER)) return createOnServer(LOCAL_SERVER);
  }
  return createEmbedded();
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const adminUrl = await adminDatabaseUrl(serverUrl);
  const name = `foreword_test_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`),
  );
  const url = withDatabase(serverUrl, name);
  const drop = () =>
    withClient(adminUrl, async (client) => {
      // FORCE: a test that failed may have left connections open.
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    });
  try {
    await migrate(url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, kind: "server", drop };
}

async function createEmbedded(): Promise<TestDatabase> {
  const database = await startEmbeddedPostgres();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return { url: database.url, kind: "embedded", drop: database.stop };
}

/**
 * The database to run CREATE/DROP DATABASE from: the configured one, or the
 * server's `postgres` database when the configured one does not exist yet
 * (DATABASE_URL naming a database nobody has created is normal).
 */
async function adminDatabaseUrl(serverUrl: string): Promise<string> {
  try {
    await withClient(serverUrl, async () => {});
    return serverUrl;
  } catch (error) {
    // 3D000: "database … does not exist".
    if (error instanceof Error && "code" in error && error.code === "3D000")
      return withDatabase(serverUrl, "postgres");
    throw error;
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
