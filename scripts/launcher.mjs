// What `npm run dev` and `npm start` share: prepare the environment (database,
// migrations, secrets), run the app's processes, and tear everything down in
// order. scripts/dev.mjs and scripts/start.mjs only say which processes to run.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { migrate, startEmbeddedPostgres } from "./embedded-db.mjs";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA_DIR = path.join(ROOT, ".data");

/** A binary from node_modules/.bin, run directly: npx would leave next-server orphaned when killed. */
export function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/**
 * @typedef {{ name: string; command: string; args: string[]; env?: Record<string, string> }} ProcessSpec
 */

/**
 * Prepares the environment, then runs every process from `processes(env)`
 * together. When one exits (or on SIGINT/SIGTERM) the others are stopped, then
 * the embedded database, and the launcher exits with the first exit code.
 *
 * @param {{ processes: (env: NodeJS.ProcessEnv) => ProcessSpec[] }} options
 */
export async function launch({ processes }) {
  // A Ctrl-C while the database starts or migrates must still close PGlite
  // (flushing it and releasing its lock) rather than kill us mid-write.
  let interrupted = false;
  const onEarlySignal = () => (interrupted = true);
  process.on("SIGINT", onEarlySignal);
  process.on("SIGTERM", onEarlySignal);
  let prepared;
  try {
    prepared = await prepareEnvironment();
  } catch (error) {
    console.error(`[foreword] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  process.off("SIGINT", onEarlySignal);
  process.off("SIGTERM", onEarlySignal);
  if (interrupted) {
    await prepared.stopDatabase();
    process.exit(130);
  }
  const code = await runTogether(processes(prepared.env), prepared.env);
  await prepared.stopDatabase();
  process.exit(code);
}

async function prepareEnvironment() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let stopDatabase = async () => {};

  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_DB_PORT ?? 54329);
    const started = performance.now();
    const database = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pglite"), port });
    stopDatabase = database.stop;
    env.DATABASE_URL = database.url;
    // PGlite is one session, shared by every connection of the app and the
    // collab server; the embedded server runs one exchange or transaction at a
    // time (scripts/pglite-server.mjs). A few connections per process let one
    // wait while another's request runs; more would only queue in the server.
    env.DATABASE_POOL_SIZE = "3";
    console.log(
      `[foreword] Embedded PostgreSQL (PGlite, data in .data/pglite) on ${database.url} ` +
        `(${ms(started)}); set DATABASE_URL to use your own server.`,
    );
  } else {
    await ensureDatabaseExists(env.DATABASE_URL);
  }

  try {
    const migrating = performance.now();
    await migrate(env.DATABASE_URL);
    console.log(`[foreword] Migrations applied (${ms(migrating)}).`);
    env.AUTH_SECRET ||= await persistentAuthSecret();
    env.APP_URL ||= `http://localhost:${env.PORT || 3000}`;
  } catch (error) {
    // Close the embedded database (and release its lock) before reporting.
    await stopDatabase();
    throw error;
  }
  return { env, stopDatabase };
}

/**
 * The native Prisma engine creates a missing database on `migrate deploy`; the
 * WebAssembly engine we run does not, so create it here for a fresh server.
 */
async function ensureDatabaseExists(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return;
  } catch (error) {
    // 3D000: invalid_catalog_name, "database … does not exist". Anything else is for the migration to report.
    if (!(error instanceof Error && "code" in error && error.code === "3D000")) return;
  } finally {
    await client.end().catch(() => {});
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({
    connectionString: target.toString(),
    connectionTimeoutMillis: 5_000,
  });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    console.log(`[foreword] Created database ${name}.`);
  } finally {
    await admin.end();
  }
}

/** Kept in .data/ so that sessions signed with it survive restarts. */
async function persistentAuthSecret() {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length >= 32) {
      console.log("[foreword] AUTH_SECRET not set; using the one saved in .data/auth-secret.");
      return secret;
    }
  }
  // 36 random bytes are 48 base64url characters.
  const secret = randomBytes(36).toString("base64url");
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log("[foreword] AUTH_SECRET not set; generated one into .data/auth-secret.");
  return secret;
}

/**
 * Runs the processes until the first exits, then stops the rest. Resolves with
 * the exit code to report: the first process's, or 0 after a requested stop.
 *
 * @param {ProcessSpec[]} specs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function runTogether(specs, env) {
  return new Promise((resolve) => {
    let stopRequested = false;
    let firstCode;
    let running = specs.length;
    const children = specs.map((spec) => {
      // Same process group and inherited stdio: a terminal's Ctrl-C reaches the
      // children directly; we forward signals for `kill <launcher pid>` too.
      const child = spawn(spec.command, spec.args, {
        cwd: ROOT,
        env: { ...env, ...spec.env },
        stdio: "inherit",
      });
      child.on("error", (error) => console.error(`[foreword] ${spec.name}: ${error.message}`));
      child.on("exit", (code, signal) => {
        running--;
        if (firstCode === undefined) {
          firstCode = stopRequested ? 0 : (code ?? (signal ? 1 : 0));
          if (!stopRequested)
            console.error(
              `[foreword] ${spec.name} exited (${signal ?? `code ${code}`}); stopping.`,
            );
          stopAll("SIGTERM");
        }
        if (running === 0) resolve(firstCode);
      });
      return child;
    });

    function stopAll(signal) {
      for (const child of children) {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      }
    }

    let signals = 0;
    const onSignal = (signal) => {
      stopRequested = true;
      // A second Ctrl-C means "now": do not wait for a graceful shutdown.
      stopAll(++signals > 1 ? "SIGKILL" : signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

function ms(since) {
  return `${Math.round(performance.now() - since)} ms`;
}

/**
 * The app: Next.js run through scripts/app-server.mjs, which decides each
 * request's client address from the socket and TRUSTED_PROXIES before Next
 * sees it. `next start` / `next dev` on their own would pass a client's
 * X-Forwarded-For through, and the app refuses to throttle on that.
 *
 * @param {string[]} args for app-server.mjs: `--dev`, `--port N`, `--hostname H`
 * @returns {ProcessSpec}
 */
export function appProcess(args) {
  return {
    name: "next",
    command: process.execPath,
    args: [path.join(ROOT, "scripts", "app-server.mjs"), ...args],
  };
}

/**
 * The collab server (Hocuspocus, collab/server.ts), run beside the app by
 * `npm run dev` and `npm start`. `--conditions=react-server` lets it load the
 * server/ modules it shares with the app (they import "server-only").
 */
export const COLLAB_PROCESS = {
  name: "collab",
  command: process.execPath,
  args: ["--conditions=react-server", "--import", "tsx", "collab/server.ts"],
};
