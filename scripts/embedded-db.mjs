// Embedded PostgreSQL for machines that have only Node: PGlite (Postgres
// compiled to WebAssembly) hosted in this process, served over the Postgres
// wire protocol (./pglite-server.mjs) so that Prisma, the Prisma CLI and psql
// connect to it like to any server.
//
// PGlite is a single Postgres session that every connection shares. The server
// runs each client's request/response exchange whole and lets a transaction's
// connection keep the session until it commits or rolls back, so several
// processes with small pools (the app, the collab server, the Prisma CLI) can
// use it at once; transactions are serialized rather than concurrent, and
// session state (SET, named prepared statements) is shared: see pglite-server.mjs.
import { spawn } from "node:child_process";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { servePGlite } from "./pglite-server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Starts PGlite behind a socket server on 127.0.0.1.
 *
 * @param {{ dataDir?: string; port?: number; maxConnections?: number; idleInTransactionTimeout?: number }} [options]
 *   dataDir undefined keeps the database in memory; port 0 (the default) lets
 *   the OS pick a free port; maxConnections (default 64) counts every client;
 *   see embedded-db.d.mts for idleInTransactionTimeout.
 * @returns {Promise<{ url: string; port: number; stop(): Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port = 0,
  maxConnections = 64,
  idleInTransactionTimeout = 10_000,
} = {}) {
  const releaseLock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db;
  let server;
  try {
    if (dataDir) await mkdir(dataDir, { recursive: true });
    db = await PGlite.create(dataDir ? { dataDir } : {});
    server = await servePGlite({
      db,
      host: "127.0.0.1",
      port,
      maxConnections,
      idleInTransactionTimeout,
    });
  } catch (error) {
    await db?.close().catch(() => {});
    await releaseLock();
    if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
      throw new Error(`Port ${port} is in use; choose another with EMBEDDED_DB_PORT.`, {
        cause: error,
      });
    }
    throw error;
  }
  const actualPort = server.port;
  let stopping;
  return {
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres`,
    port: actualPort,
    stop() {
      // Close the sockets before the database, so no query reaches a closed PGlite;
      // closing PGlite flushes a persistent data directory to disk.
      stopping ??= (async () => {
        await server.stop();
        await db.close();
        await releaseLock();
      })();
      return stopping;
    },
  };
}

/**
 * Two PGlite instances on one data directory would corrupt it (a second
 * `npm run dev` with another EMBEDDED_DB_PORT, say), so hold a pid lock file
 * beside it. A lock left by a process that no longer runs is taken over.
 */
async function lockDataDir(dataDir) {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  await mkdir(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      const owner = Number(await readFile(lockPath, "utf8").catch(() => ""));
      if (owner && isRunning(owner)) {
        throw new Error(
          `${dataDir} is in use by process ${owner} (another \`npm run dev\` or \`npm start\`?).`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/**
 * Applies the migrations in prisma/migrations to the database at `url`.
 * Async spawn, never spawnSync: when PGlite is hosted in this process, a
 * blocked event loop could not answer the CLI's queries and both would hang.
 *
 * @param {string} url
 * @returns {Promise<void>} rejects with the CLI's output when it fails
 */
export function migrate(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "scripts", "prisma.mjs"), "migrate", "deploy"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `prisma migrate deploy failed (${signal ?? `exit ${code}`}):\n${output.trim()}`,
          ),
        );
    });
  });
}

/**
 * Whether a Postgres server answers at `url` (and lets us in) within ~1 s.
 *
 * @param {string} url
 * @returns {Promise<boolean>}
 */
export async function isPostgresReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  // An unreachable server also emits "error" events; without a listener they would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
