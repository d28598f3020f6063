import NextAuth, { type NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, secureCookies } from "./auth.config";
import { env } from "@/lib/env";
import {
  API_CONTENT_SECURITY_POLICY,
  collabSources,
  createNonce,
  pageContentSecurityPolicy,
} from "@/lib/security-headers";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";
import { cachedSharePage } from "@/server/http/share-page";

let proxyAuth: ReturnType<typeof NextAuth>["auth"] | undefined;

/**
 * next-auth for the proxy, made on the first request, when the environment
 * can be read (secureCookies). Not next-auth's lazy form: with it, the
 * middleware wrapper used below returns a promise its types do not admit.
 */
function auth() {
  proxyAuth ??= NextAuth({ ...authConfig, useSecureCookies: secureCookies() }).auth;
  return proxyAuth;
}

/**
 * Runs before every page and API route:
 * 1. refuses paths that are not valid percent-encoding (Next would answer 500
 *    when it decodes them into route params);
 * 2. sends signed-out visitors to the sign-in page before any app page
 *    renders (pages, actions and route handlers still check the session);
 * 3. sets the Content Security Policy: for pages with a fresh nonce, which
 *    Next.js reads from the request's policy and puts on its scripts;
 * 4. tells pages the path requested (REQUEST_PATH_HEADER), for a share
 *    link's not-found page, which Next.js gives no params;
 * 5. answers a share link's page from its rendered copy (server/http/share-page.ts).
 * The fixed security headers come from next.config.ts, for static files too.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) return undecodable(pathname);

  if (pathname.startsWith("/api/")) {
    const response = await auth()(pass)(request, event);
    return withPolicy(keepSessionCookie(response, false), API_CONTENT_SECURITY_POLICY);
  }

  const { NODE_ENV, COLLAB_URL, COLLAB_PORT, APP_URL } = env();
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    dev: NODE_ENV === "development",
    connectSources: collabSources({
      collabUrl: COLLAB_URL,
      collabPort: COLLAB_PORT,
      pageHost: request.headers.get("host") ?? request.nextUrl.host,
    }),
    https: new URL(APP_URL).protocol === "https:",
  });
  // A share link's page, anonymous and immutable, from its rendered copy.
  const cached = await cachedSharePage(request, {
    nonce,
    policy,
    production: NODE_ENV === "production",
  });
  if (cached) return cached;
  // Runs only when the visitor may see the page (authConfig's `authorized`);
  // otherwise next-auth answers with the redirect to sign in.
  const response = await auth()((authorized: NextAuthRequest, _event: NextFetchEvent) => {
    const headers = new Headers(authorized.headers);
    headers.set("Content-Security-Policy", policy);
    headers.set(REQUEST_PATH_HEADER, pathname);
    return NextResponse.next({ request: { headers } });
  })(request, event);
  return withPolicy(keepSessionCookie(response, isPageLoad(request)), policy);
}

/**
 * A page opened in the browser, which asks for HTML: not a prefetch or a
 * client navigation's payload (Next.js's RSC requests), nor a server action.
 */
function isPageLoad(request: NextRequest): boolean {
  const { headers } = request;
  return (
    request.method === "GET" &&
    (headers.get("accept") ?? "").includes("text/html") &&
    !headers.has("rsc") &&
    !headers.has("next-action")
  );
}

/** next-auth's session cookie set to a session (not cleared), plain or `__Secure-`, whole or in chunks. */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=[^;]/;

/**
 * next-auth renews the session cookie on every request it sees here. Only a
 * page load may: a prefetch or API call still on its way when someone signs
 * out would otherwise set the cookie again after the sign-out deleted it
 * (and a server action's response carried the renewal beside its own
 * deletion), and the person stayed signed in. Sessions still roll forward on
 * every page opened.
 */
function keepSessionCookie(
  response: Response | null | undefined | void,
  renew: boolean,
): Response | null | undefined | void {
  if (!response || renew) return response;
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => SESSION_COOKIE.test(cookie))) return response;
  response.headers.delete("set-cookie");
  for (const cookie of cookies) {
    if (!SESSION_COOKIE.test(cookie)) response.headers.append("set-cookie", cookie);
  }
  return response;
}

/**
 * next-auth's middleware form (request and event; the route-handler form
 * takes other arguments): `authorized` has already admitted the request.
 */
function pass(_request: NextAuthRequest, _event: NextFetchEvent) {
  return NextResponse.next();
}

function withPolicy(response: Response | null | undefined | void, policy: string): Response {
  const final = response ?? NextResponse.next();
  final.headers.set("Content-Security-Policy", policy);
  return final;
}

/** Whether every %XX sequence in the path decodes to UTF-8. */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a person sees for an address that cannot be decoded: a page of its
 * own (the app's layout cannot render for a path Next cannot decode), with
 * a way back. Inline styles only, which its policy allows; no script.
 */
const BAD_ADDRESS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Address not valid · Foreword</title>
</head>
<body style="font-family: system-ui, sans-serif; color: #18181b; max-width: 34rem; margin: 15vh auto; padding: 0 1.5rem; line-height: 1.5">
<p style="font-weight: 600; letter-spacing: -0.01em">Foreword</p>
<h1 style="font-size: 1.5rem; margin: 0.5rem 0">This address is not valid</h1>
<p style="color: #52525b">It contains characters that are not valid in a web address, so it does not lead to any page. Check the link you followed, or start again from your workspaces.</p>
<p><a href="/" style="color: #18181b">Go to your workspaces</a></p>
</body>
</html>`;

const BAD_ADDRESS_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** 400 for a path that is not even a valid address; JSON for API clients, as other refusals. */
function undecodable(pathname: string): Response {
  if (pathname.startsWith("/api/")) {
    const message = "The address is not valid percent-encoded UTF-8.";
    const response = NextResponse.json({ error: { code: "BAD_PATH", message } }, { status: 400 });
    return withPolicy(response, API_CONTENT_SECURITY_POLICY);
  }
  const response = new NextResponse(BAD_ADDRESS_PAGE, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
  return withPolicy(response, BAD_ADDRESS_PAGE_POLICY);
}

export const config = {
  // Everything but build output and the icons in public/: static files get
  // their headers from next.config.ts and need no session or nonce, and a
  // signed-out browser asks for the icons on the sign-in page too.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png).*)",
  ],
};
