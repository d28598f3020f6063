#!/usr/bin/env node
// The app's HTTP server: Next.js (its documented custom-server API) behind one
// step of our own. Route handlers and server actions never see the socket, and
// Next only fills X-Forwarded-For in when a request lacks it, so a client that
// sends its own value could pick any address it liked for the sign-in
// throttle. Here every request gets the client address decided from the
// socket and TRUSTED_PROXIES (lib/client-address.ts) before Next sees it.
//
// `npm start`, `npm run dev` and the e2e runner start the app through this
// file; run it alone as `node scripts/app-server.mjs [--dev] [--port N]
// [--hostname H]` (PORT is the default port, 3000 without it).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = args.dev;
// Before Next loads: it reads NODE_ENV as its modules are evaluated.
process.env.NODE_ENV = dev ? "development" : "production";

// A scoped tsx loader for our two TypeScript modules, removed before Next
// loads: left in place, its require hook breaks how Next loads next.config.ts.
const typescript = register({ namespace: "app-server" });
const { env } = await typescript.import("../lib/env.ts", import.meta.url);
const { declareClientAddressStamping, stampClientAddress } = await typescript.import(
  "../lib/client-address.ts",
  import.meta.url,
);
const { SELF_ORIGIN_ENV, selfOriginFor } = await typescript.import(
  "../lib/self-origin.ts",
  import.meta.url,
);
await typescript.unregister();

let config;
try {
  config = env();
} catch (error) {
  console.error(`[app] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const trustedProxies = config.TRUSTED_PROXIES;
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;

// Before Next loads, like NODE_ENV: where the app asks itself for a page to cache.
process.env[SELF_ORIGIN_ENV] = selfOriginFor(port, hostname);

const { default: next } = await import("next");
const app = next({ dev, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
declareClientAddressStamping();

const server = createServer((request, response) => {
  stampClientAddress(request.headers, request.socket.remoteAddress, trustedProxies);
  handle(request, response).catch((error) => {
    console.error("[app] unhandled request error", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// Next answers its own WebSocket upgrades (dev reloads) on this server.
server.listen(port, hostname, () => {
  const shown = hostname ?? "localhost";
  console.log(
    `[app] ${dev ? "Development" : "Production"} server on http://${shown}:${port} ` +
      `(client address: ${trustedProxies === 0 ? "the socket's peer" : `${trustedProxies} trusted proxy hop(s) in X-Forwarded-For`}).`,
  );
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    // Let requests in flight finish, but not forever: keep-alive sockets would hold close() open.
    const deadline = setTimeout(() => process.exit(0), 5_000);
    deadline.unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
