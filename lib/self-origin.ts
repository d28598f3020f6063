/**
 * Where this app instance answers on its own machine, for the requests it
 * makes to itself (a share page rendered to be cached: server/http/share-page.ts).
 * scripts/app-server.mjs sets it before Next.js loads; without it (Next.js
 * started some other way) nothing is asked of the instance itself.
 */
export const SELF_ORIGIN_ENV = "FOREWORD_SELF_ORIGIN";

/** The origin of a server listening on `port` of `hostname` (all interfaces when undefined). */
export function selfOriginFor(port: number, hostname?: string): string {
  const everywhere = !hostname || hostname === "0.0.0.0" || hostname === "::";
  const host = everywhere ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}

/** This instance's own origin, when scripts/app-server.mjs started it. */
export function selfOrigin(): string | undefined {
  return process.env[SELF_ORIGIN_ENV] || undefined;
}
