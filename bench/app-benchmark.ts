/**
 * The frame of a benchmark of the built app (bench:reader, bench:dashboard):
 * `next build` unless skipped, Chromium for signing in, a fresh database
 * that DATABASE_URL and AUTH_SECRET point at before the benchmark imports
 * any server code, and the app started on demand; afterwards the app is
 * stopped and the database dropped whatever happened. A report, not a test:
 * an error is printed and the process exits 0.
 */
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { ensureBrowser } from "@/scripts/ensure-browser.mjs";
import { buildApp, killApp, startApp, type RunningApp } from "./editor-app";

export type AppBenchmark = {
  log: (message: string) => void;
  database: TestDatabase;
  /** Starts the collab server and the built app against the benchmark's database. */
  startApp: () => Promise<RunningApp>;
};

export async function runAppBenchmark(
  { skipBuild }: { skipBuild: boolean },
  main: (benchmark: AppBenchmark) => Promise<void>,
): Promise<never> {
  let database: TestDatabase | undefined;
  let app: RunningApp | undefined;
  const log = (message: string) => console.log(`[bench] ${message}`);
  process.on("SIGINT", () => {
    killApp();
    process.exit(130);
  });
  try {
    if (!skipBuild) {
      const started = Date.now();
      log("next build…");
      await buildApp();
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    await ensureBrowser(log);
    const created = await createTestDatabase({ prefix: "foreword_bench" });
    database = created;
    const authSecret = randomBytes(36).toString("base64url");
    process.env.DATABASE_URL = created.url;
    process.env.AUTH_SECRET = authSecret;
    await main({
      log,
      database: created,
      startApp: async () => (app = await startApp(created.url, authSecret)),
    });
  } catch (error) {
    console.error(error);
  } finally {
    await app?.stop();
    await database?.drop();
  }
  process.exit(0);
}
