import "server-only";
import type { NextRequest } from "next/server";
import {
  SHARE_TOKEN_PATTERN,
  shareLinkState,
} from "@/server/data/publication/get-shared-publication";
import { selfOrigin } from "@/lib/self-origin";
import { PageCache, bodyWithNonce, nonceOf, pageHeaders, type CachedPage } from "./page-cache";

/**
 * Set on the request the app makes to itself to render a share page for
 * the cache: that request renders as any other. A client sending it only
 * gets the page rendered for it, uncached.
 */
export const RENDER_HEADER = "x-foreword-render";

/** Says whether a share page came from the cache ("hit") or was just rendered ("miss"). */
export const CACHE_HEADER = "x-foreword-cache";

/** About 50 KB each: a few megabytes at most. */
const CAPACITY = 200;
const RENDER_TIMEOUT_MS = 10_000;

const pages = new PageCache(CAPACITY);

/** The token of a share link's page, /s/<token> (its latest publication), or null. */
function shareToken(request: NextRequest): string | null {
  if (request.method !== "GET") return null;
  const match = /^\/s\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (!match?.[1] || !SHARE_TOKEN_PATTERN.test(match[1])) return null;
  // A document, not Next.js's payload for a client-side navigation or prefetch.
  const { headers, nextUrl } = request;
  if (headers.has("rsc") || headers.has("next-router-prefetch") || nextUrl.searchParams.size > 0)
    return null;
  if (headers.has(RENDER_HEADER)) return null;
  return match[1];
}

/** Renders the page through this instance itself; null unless it is a 200 HTML page with a nonce. */
async function render(origin: string, path: string): Promise<CachedPage | null> {
  try {
    const response = await fetch(new URL(path, origin), {
      headers: { [RENDER_HEADER]: "1", accept: "text/html", "accept-encoding": "identity" },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const nonce = nonceOf(response.headers.get("content-security-policy"));
    const html = response.headers.get("content-type")?.startsWith("text/html");
    if (response.status !== 200 || !html || !nonce) {
      await response.body?.cancel();
      return null;
    }
    return { body: await response.text(), nonce, headers: pageHeaders(response.headers) };
  } catch (error) {
    console.error(`[share page] could not render ${path} to cache it`, error);
    return null;
  }
}

/**
 * The page of a share link, /s/<token>, from a copy rendered once per
 * publication, or null to render it as usual: a revoked or unknown link, a
 * request that is not for the HTML page, or an app not started by
 * scripts/app-server.mjs (in production only: in development the code changes).
 *
 * The copy is the page as the app rendered it, with the nonce of each
 * response in place of the one it was rendered with, so the page's scripts
 * run under this response's Content-Security-Policy. The content cannot go
 * stale: a publication never changes, and the link and its newest
 * publication are looked up on every request, so a revoked link stops at
 * once, and a new version renders a new copy. Nothing in the page depends on
 * who asks (a share page shows no account).
 */
export async function cachedSharePage(
  request: NextRequest,
  { nonce, policy, production }: { nonce: string; policy: string; production: boolean },
): Promise<Response | null> {
  const token = shareToken(request);
  const origin = selfOrigin();
  if (!token || !origin || !production) return null;
  const link = await shareLinkState(token);
  if (!link || link.revoked || !link.publicationId) {
    pages.delete(token);
    return null;
  }
  const { page, rendered } = await pages.getOrRender(token, link.publicationId, () =>
    render(origin, request.nextUrl.pathname),
  );
  if (!page) return null;
  const headers = new Headers(page.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set(CACHE_HEADER, rendered ? "miss" : "hit");
  return new Response(bodyWithNonce(page, nonce), { status: 200, headers });
}
