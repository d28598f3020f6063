/**
 * The collab server's entry point: `npm run collab` (and `npm run dev` /
 * `npm start`, which run it beside the app). Runs with
 * `--conditions=react-server` so that server/ modules, which import
 * "server-only", load here as they do in the app.
 */
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { startCollabServer } from "./start-collab-server";
import { tuneMemory } from "./memory";

tuneMemory();
const { COLLAB_PORT, REDIS_URL } = env();
const server = await startCollabServer({
  port: COLLAB_PORT,
  redisUrl: REDIS_URL,
  name: process.env.COLLAB_NAME,
  trimMemory: {},
});
console.log(`[collab] listening on :${server.port}${REDIS_URL ? " with Redis" : ""}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[collab] ${signal}: storing every open document before exiting`);
  await server.stop();
  await db().$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
