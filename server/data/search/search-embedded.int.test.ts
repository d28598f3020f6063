/**
 * The same search tests on the embedded PGlite (`npm run dev` with no
 * DATABASE_URL), whatever database integration-setup.ts made for this file:
 * websearch_to_tsquery, ts_rank, ts_headline and the generated columns must
 * behave there as on a PostgreSQL server.
 */
import { afterAll, expect, it } from "vitest";
import { db } from "@/server/db";
import { migrate, startEmbeddedPostgres } from "@/scripts/embedded-db.mjs";
import { searchSuite } from "./search-suite";

const embedded = await startEmbeddedPostgres();
await migrate(embedded.url);
// Before anything reads the environment: server/db.ts connects on first use.
process.env.DATABASE_URL = embedded.url;
process.env.DATABASE_POOL_SIZE = "3";

afterAll(async () => {
  const cache = globalThis as { foreword?: { $disconnect(): Promise<void> } };
  await cache.foreword?.$disconnect();
  cache.foreword = undefined;
  await embedded.stop();
});

// PGlite is WebAssembly on one session: fewer generated queries keep the file quick.
searchSuite({ propertyRuns: 60 });

it("runs on the embedded database", async () => {
  const [row] = await db().$queryRaw<{ version: string }[]>`SELECT version()`;
  expect(row?.version).toContain("PGlite");
});
