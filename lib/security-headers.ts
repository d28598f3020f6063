/**
 * The security headers Foreword sends, in one place: the per-request Content
 * Security Policy that proxy.ts puts on pages and API responses, the fixed
 * headers next.config.ts puts on every response, static files included, and
 * when cookies are Secure (auth.config.ts).
 * Pure, so the policy is unit-tested without a server.
 */

/** On every response (next.config.ts `headers()`), so static assets carry them too. */
export const STATIC_SECURITY_HEADERS = [
  // Browsers must not guess a type other than the one we send (uploads are images only).
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers without CSP frame-ancestors: nobody may frame the app (clickjacking).
  { key: "X-Frame-Options", value: "DENY" },
  // Other sites learn our origin, never the path (ids of workspaces and initiatives).
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Foreword needs none of these: an injected script or an embedded page then
  // cannot even ask for them. "()" allows no origin, ours included.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
] as const;

/**
 * On share-link pages (/s/…), after the headers above: the secret token is in
 * the URL, so the page sends no Referer at all (not even to our own asset
 * route), and search engines neither index nor follow it, whatever a page's
 * own meta tags say.
 */
export const SHARE_PAGE_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
] as const;

/**
 * API responses are data, never documents to render: nothing loads, nothing
 * frames them. A JSON body or an image opened directly stays inert.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export type CollabSourcesOptions = {
  /** COLLAB_URL: the collab server's public WebSocket URL, when set. */
  collabUrl: string | undefined;
  /** COLLAB_PORT: where the browser connects when COLLAB_URL is unset. */
  collabPort: number;
  /**
   * The Host header the page was requested with: the browser's
   * `location.host`. (Next.js's own request URL names the host it listens
   * on, not this.) A forged one only changes the forger's own policy.
   */
  pageHost: string;
};

/**
 * Where the editor may open its WebSocket, mirroring collabSocketUrl() in
 * components/editor/collab-token.ts: COLLAB_URL's origin, or the page's host
 * name on COLLAB_PORT (ws: or wss:, as the page's own scheme decides there).
 */
export function collabSources({ collabUrl, collabPort, pageHost }: CollabSourcesOptions): string[] {
  if (collabUrl) {
    const url = new URL(collabUrl);
    return [`${url.protocol}//${url.host}`];
  }
  // Parsed, so that a Host header cannot put anything but a host name into
  // the policy; one that is not a host at all gets no collab source (and no 500).
  let url: URL;
  try {
    url = new URL(`ws://${pageHost}`);
  } catch {
    return [];
  }
  url.port = String(collabPort);
  return [`ws://${url.host}`, `wss://${url.host}`];
}

export type PageContentSecurityPolicyOptions = {
  /** A fresh random value per request; Next.js puts it on its own scripts. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval in development only. */
  dev: boolean;
  /** From collabSources(). */
  connectSources: readonly string[];
  /** APP_URL is https: upgrade any stray http:// subresource. */
  https: boolean;
};

/**
 * The policy for pages (Next.js's nonce pattern). Scripts run only with this
 * request's nonce, and what they load ('strict-dynamic'); there is no
 * 'unsafe-inline' for scripts, so injected markup cannot run code. Styles keep
 * 'unsafe-inline': Radix positions popovers and Tiptap sizes tables with style
 * attributes, and a nonce in style-src would make browsers ignore it.
 */
export function pageContentSecurityPolicy({
  nonce,
  dev,
  connectSources,
  https,
}: PageContentSecurityPolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Uploaded images come from /api/assets; data: and blob: cover images shown before upload.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Whether cookies must be `Secure` (next-auth's `useSecureCookies`, which also
 * gives them `__Secure-`/`__Host-` names): whenever the public URL is https,
 * whatever scheme a request arrived with behind a TLS-terminating proxy.
 */
export function secureCookiesFor(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}

/** 128 random bits, base64: unguessable, and fine inside a CSP source expression. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
