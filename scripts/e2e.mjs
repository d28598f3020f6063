#!/usr/bin/env node
// `npm run test:e2e`: the browser suite against the production build.
//
// A fresh database (a new `foreword_e2e_<random>` on a local PostgreSQL, or an
// in-memory PGlite when there is none), migrated; the app (scripts/app-server.mjs,
// the production build) on a free port;
// Playwright with BASE_URL pointing at it. A local SMTP server
// (scripts/smtp-sink.mjs) receives the app's email: SMTP_URL points at it, and
// each message is written as JSON into MAIL_DIR, which the specs read. Extra arguments go to Playwright
// (`npm run test:e2e -- e2e/auth.spec.ts --headed`). The server is stopped and
// the database dropped whatever happens; the exit code is Playwright's.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startSmtpSink } from "./smtp-sink.mjs";
import { createTestDatabase } from "./test-database.mjs";
import { ensureBrowser } from "./ensure-browser.mjs";
import { appProcess, COLLAB_PROCESS, ROOT, bin } from "./launcher.mjs";

const HEALTH_TIMEOUT_MS = 60_000;

const log = (message) => console.log(`[e2e] ${message}`);

/** @type {Array<() => Promise<void>>} run in reverse order on the way out */
const cleanups = [];
let cleaningUp;
function cleanUp() {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[e2e] cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaningUp;
}

/** @type {import("node:child_process").ChildProcess | undefined} */
let playwright;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = true;
    if (playwright && playwright.exitCode === null) playwright.kill(signal);
    else void cleanUp().then(() => process.exit(130));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// Nothing of ours is left running; do not wait on stray handles.
process.exit(process.exitCode);

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("No production build in .next; running `next build` first.");
    const code = await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
    if (code !== 0) throw new Error(`next build failed (exit ${code}).`);
  }

  await ensureBrowser(log);
  const database = await createDatabase();
  if (interrupted) return 130;

  const mail = await startMailSink();
  const [port, collabPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...database.env,
    SMTP_URL: mail.url,
    MAIL_FROM: "Foreword <no-reply@foreword.test>",
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    APP_URL: baseUrl,
    COLLAB_PORT: String(collabPort),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const collab = startServer("collab", COLLAB_PROCESS.command, COLLAB_PROCESS.args, env);
  const app = appProcess(["--port", String(port), "--hostname", "127.0.0.1"]);
  const server = startServer("next", app.command, app.args, env);
  await waitForHealth(`http://127.0.0.1:${collabPort}/health`, collab);
  await waitForHealth(`${baseUrl}/api/health`, server);
  log(`App ready at ${baseUrl}, collab server on port ${collabPort}.`);
  if (interrupted) return 130;

  playwright = spawn(bin("playwright"), ["test", ...process.argv.slice(2)], {
    cwd: ROOT,
    // The database too, for what the browser cannot make in reasonable time
    // (e2e/fixtures/database.ts: a history longer than a page).
    env: { ...process.env, BASE_URL: baseUrl, MAIL_DIR: mail.dir, E2E_DATABASE_URL: database.url },
    stdio: "inherit",
  });
  return new Promise((resolve) => {
    playwright?.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    playwright?.on("error", (error) => {
      console.error(`[e2e] playwright: ${error.message}`);
      resolve(1);
    });
  });
}

/**
 * A fresh database for this run (scripts/test-database.mjs), dropped on the way out.
 * @returns {Promise<{ url: string; env: Record<string, string> }>}
 */
async function createDatabase() {
  const database = await createTestDatabase({ prefix: "foreword_e2e" });
  cleanups.push(async () => {
    await database.drop();
    log("Dropped the test database.");
  });
  log(
    database.kind === "embedded"
      ? "Using an in-memory PGlite."
      : "Created and migrated a test database.",
  );
  // scripts/pglite-server.mjs serialises the clients of its single session; a small pool is enough.
  return {
    url: database.url,
    env: database.kind === "embedded" ? { DATABASE_POOL_SIZE: "3" } : {},
  };
}

/**
 * The SMTP server the app sends to, writing each message into a fresh
 * directory (not under test-results, which Playwright empties at start).
 * @returns {Promise<{ url: string; dir: string }>}
 */
async function startMailSink() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "foreword-e2e-mail-"));
  const sink = await startSmtpSink({ dir });
  cleanups.push(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });
  log(`SMTP server on port ${sink.port}, mail in ${dir}.`);
  return { url: sink.url, dir };
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A server (the app, the collab server) in its own process group, so
 * that stopping it also stops any worker it forks.
 */
function startServer(label, command, args, env) {
  const server = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (stream, target) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) target.write(`[${label}] ${line}\n`);
    });
  };
  prefix(server.stdout, process.stdout);
  prefix(server.stderr, process.stderr);
  server.on("error", (error) => console.error(`[e2e] ${label}: ${error.message}`));
  cleanups.push(() => stopServer(server));
  return server;
}

/** SIGTERM to the server's process group, SIGKILL if it is still there after 5 s. */
function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid)
    return Promise.resolve();
  const pid = server.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForHealth(healthUrl, server) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(
        `${healthUrl} server exited (${server.signalCode ?? `code ${server.exitCode}`}).`,
      );
    if (interrupted) return;
    try {
      const response = await fetch(healthUrl, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${healthUrl} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s.`);
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: "inherit",
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}
