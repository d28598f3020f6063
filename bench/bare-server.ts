/**
 * The benchmark's baseline: Hocuspocus behind the same HTTP + WebSocket
 * server as ours, with none of our extensions (no token check, no
 * persistence). Started by bench/collab.ts as a child process, with the
 * same command line as collab/server.ts.
 */
import { startCollabServer } from "@/collab/start-collab-server";

const port = Number(process.env.COLLAB_PORT ?? 0);
const server = await startCollabServer({ bare: true, port, host: "127.0.0.1", name: "bare" });
console.log(`[bare] listening on :${server.port}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
