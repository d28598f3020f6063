/**
 * Runs before each integration test file: gives the file its own migrated
 * database (see ./database.ts) and points server/db.ts at it. Top-level await
 * rather than beforeAll, so the environment is in place before the test file's
 * own imports (and anything they evaluate eagerly) run.
 */
import { afterAll } from "vitest";
import { createTestDatabase } from "./database";

const database = await createTestDatabase();

// Restored afterwards so that a worker reused for the next file does not take
// this file's (dropped) database for the server to use.
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
  AUTH_SECRET: process.env.AUTH_SECRET,
};

process.env.DATABASE_URL = database.url;
// PGlite is one session that runs one transaction at a time: a small pool, as
// `npm run dev` uses with it (scripts/launcher.mjs).
if (database.kind === "embedded") process.env.DATABASE_POOL_SIZE = "3";
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";

afterAll(async () => {
  // server/db.ts caches its client here; its pool must close before the database goes.
  const cache = globalThis as { foreword?: { $disconnect(): Promise<void> } };
  await cache.foreword?.$disconnect();
  cache.foreword = undefined;
  await database.drop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
