/**
 * Where a request comes from, for refusing cross-site writes to the JSON API
 * (server/http/api-route.ts). Pure, so the rule is unit-tested without a server.
 *
 * A page on another origin can make a signed-in browser send a POST with the
 * person's cookies, without asking us first, as long as it looks like a plain
 * form (text/plain, multipart or urlencoded body). Browsers always put the
 * page's origin in such a request's Origin header, so a foreign Origin is the
 * tell. SameSite=Lax cookies do not stop it: another origin of the same site
 * (a subdomain, another port) is not "cross-site" to them.
 */

/** Methods that change nothing, so where they come from does not matter. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type RequestOriginOptions = {
  method: string;
  /** The Origin header, or null when the request has none. */
  origin: string | null;
  /** The Host header the request was sent with (null without one). */
  host: string | null;
  /** APP_URL: the app's public URL. */
  appUrl: string;
};

/**
 * Whether a state-changing request came from a page on another origin. An
 * absent Origin passes: browsers send one with every cross-origin POST, and
 * a client without one (curl, a script) holds no victim's cookies. Otherwise
 * the Origin must be APP_URL's origin, or name the host the request was sent
 * to (the app reached under another name, or behind a proxy that ends TLS, so
 * only the host is compared there, as Next.js does for server actions). "null"
 * (a sandboxed frame, a redirect across origins) and anything unparsable are
 * foreign.
 */
export function isForeignOrigin({ method, origin, host, appUrl }: RequestOriginOptions): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return true;
  }
  if (from.origin === "null") return true;
  if (from.origin === new URL(appUrl).origin) return false;
  return !host || from.host !== normalisedHost(host, from.protocol);
}

/** A Host header as URL writes hosts (lower case, no default port for that scheme). */
function normalisedHost(host: string, protocol: string): string | undefined {
  try {
    const url = new URL(`${protocol}//${host}`);
    // A Host with a path, credentials or the like is not a host at all.
    if (url.pathname !== "/" || url.username || url.password || url.search || url.hash)
      return undefined;
    return url.host;
  } catch {
    return undefined;
  }
}

/** Whether a Content-Type header names JSON (`application/json`, with parameters or without). */
export function isJsonContentType(contentType: string | null): boolean {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  return essence === "application/json";
}
