// A fresh, migrated database for one test run (a vitest file, the e2e run, the
// benchmark). Plain JavaScript so the e2e runner can use it on bare Node; the
// TypeScript callers use scripts/test-database.d.mts.
//
// Uses a real PostgreSQL server when there is one: TEST_DATABASE_URL, else
// DATABASE_URL, else 127.0.0.1:5432 if it answers. Each call creates its own
// `<prefix>_<random>` database there. On a machine with only Node it starts an
// in-memory PGlite on a free port instead. FOREWORD_TEST_DB=embedded forces
// PGlite, to exercise the fresh-machine path.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { isPostgresReachable, migrate, startEmbeddedPostgres } from "./embedded-db.mjs";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * @param {{ prefix?: string }} [options]
 * @returns {Promise<{ url: string; kind: "server" | "embedded"; drop(): Promise<void> }>}
 */
export async function createTestDatabase({ prefix = "foreword_test" } = {}) {
  if (process.env.FOREWORD_TEST_DB !== "embedded") {
    const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
    if (configured) return createOnServer(configured, prefix);
    if (await isPostgresReachable(LOCAL_SERVER)) return createOnServer(LOCAL_SERVER, prefix);
  }
  const database = await startEmbeddedPostgres();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return { url: database.url, kind: "embedded", drop: database.stop };
}

/** Tests create and drop databases: never let them near a remote server. */
function assertLocal(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("The test database URL is not a valid URL.");
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Refusing to create test databases on "${host}": only 127.0.0.1, localhost or ::1 ` +
        "are allowed. Set TEST_DATABASE_URL to a local server.",
    );
  }
}

async function createOnServer(serverUrl, prefix) {
  assertLocal(serverUrl);
  const adminUrl = await adminDatabaseUrl(serverUrl);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`),
  );
  const url = withDatabase(serverUrl, name);
  const drop = () =>
    withClient(adminUrl, async (client) => {
      // FORCE: a run that failed may have left connections open.
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

/**
 * The database to run CREATE/DROP DATABASE from: the configured one, or the
 * server's `postgres` database when the configured one does not exist yet
 * (DATABASE_URL naming a database nobody has created is normal).
 */
async function adminDatabaseUrl(serverUrl) {
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

function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}
