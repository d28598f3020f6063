/**
 * Which address a request comes from, for per-address limits (sign-in
 * throttling in the app, connections per address on the collab server).
 *
 * X-Forwarded-For is written by whoever sends the request, so only the entries
 * appended by our own proxies can be believed. Each proxy appends the address
 * it received the request from; reading from the right, the entry just past
 * our `trustedProxies` hops is the client. Everything to its left is whatever
 * the client chose to send. With no proxies (the default) the socket's peer is
 * the client and the header is ignored altogether.
 *
 * Isomorphic and dependency-free: the app's HTTP server (scripts/app-server.mjs)
 * and the collab server load it as it is.
 */

/**
 * The request header through which the app's HTTP server hands the client
 * address to Next.js. The server deletes whatever a client sent under this
 * name before setting it, so code behind it may trust it.
 */
export const CLIENT_ADDRESS_HEADER = "x-foreword-client-address";

/** Used when nothing better is known (the socket already closed). */
export const UNKNOWN_ADDRESS = "unknown";

/** Longer than any IPv6 address: a misconfigured hop count cannot make us store a novel. */
const MAX_ADDRESS_LENGTH = 64;

export type ClientAddressOptions = {
  /**
   * X-Forwarded-For as received: one value, or one per header line. Node
   * joins repeated lines with ", ", which reads the same.
   */
  forwardedFor: string | readonly string[] | null | undefined;
  /** The TCP peer (`socket.remoteAddress`): the nearest proxy, or the client itself. */
  socketAddress: string | null | undefined;
  /** How many proxies we run in front of the app, each appending to X-Forwarded-For (TRUSTED_PROXIES). */
  trustedProxies: number;
};

/**
 * The client's address under the rule above. When the chain is shorter than
 * the configured hops (a request that skipped a proxy), the leftmost entry is
 * the best there is, as in Express's `trust proxy` with a hop count.
 */
export function clientAddress({
  forwardedFor,
  socketAddress,
  trustedProxies,
}: ClientAddressOptions): string {
  const socket = normalize(socketAddress ?? "") || UNKNOWN_ADDRESS;
  if (!Number.isInteger(trustedProxies) || trustedProxies <= 0) return socket;
  const lines = typeof forwardedFor === "string" ? [forwardedFor] : (forwardedFor ?? []);
  const hops = lines
    .flatMap((line) => line.split(","))
    .map(normalize)
    .filter((hop) => hop !== "");
  const chain = [...hops, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? socket;
}

/**
 * One spelling per address, so that a limit is not dodged by writing it
 * differently: lower case, and IPv4 clients of a dual-stack socket
 * (`::ffff:192.0.2.1`) as plain IPv4.
 */
function normalize(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  return (mapped?.[1] ?? trimmed).slice(0, MAX_ADDRESS_LENGTH);
}

/** Header maps as Node's IncomingMessage has them: lower-case names. */
type NodeHeaders = Record<string, string | string[] | undefined>;

/**
 * What the app's HTTP server does to every request before Next.js sees it:
 * decide the client address from the socket and the trusted hops, replace any
 * client-sent CLIENT_ADDRESS_HEADER with it, and rewrite X-Forwarded-For to
 * that one address. Next.js only fills X-Forwarded-For in when it is absent,
 * so without the rewrite a client's own value would reach the app unchanged.
 */
export function stampClientAddress(
  headers: NodeHeaders,
  socketAddress: string | null | undefined,
  trustedProxies: number,
): string {
  const address = clientAddress({
    forwardedFor: headers["x-forwarded-for"],
    socketAddress,
    trustedProxies,
  });
  headers[CLIENT_ADDRESS_HEADER] = address;
  headers["x-forwarded-for"] = address;
  return address;
}

const STAMPING = Symbol.for("foreword.client-address.stamping");

/**
 * Called once by the process that runs stampClientAddress on every request.
 * The app refuses to trust CLIENT_ADDRESS_HEADER in a process where this was
 * never called (`next start` run directly would pass a client's header
 * through untouched). A global symbol, so that every bundled copy of this
 * module in the process sees it.
 */
export function declareClientAddressStamping(): void {
  Reflect.set(globalThis, STAMPING, true);
}

/** Whether this process stamps CLIENT_ADDRESS_HEADER itself (see declareClientAddressStamping). */
export function isClientAddressStamped(): boolean {
  return Reflect.get(globalThis, STAMPING) === true;
}
