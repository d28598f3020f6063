/**
 * Prisma CLI configuration. The CLI runs its WebAssembly schema engine over our
 * pg adapter (`engine: "js"`), because the native engine Prisma would download
 * cannot be fetched on our machines; see prisma/migrate-adapter.ts and README.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigratePgAdapter } from "./prisma/migrate-adapter";

// The wasm engine keeps a 10 s timer around its advisory lock, which holds the
// CLI open after it has finished. Long timers must not keep the process alive.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = Object.assign((...args: Parameters<typeof setTimeoutOriginal>) => {
  const timer = setTimeoutOriginal(...args);
  if ((args[1] ?? 0) >= 5_000) timer.unref();
  return timer;
}, setTimeoutOriginal);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL must be set (scripts/prisma.mjs sets it).");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new MigratePgAdapter(databaseUrl),
});
