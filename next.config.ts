import type { NextConfig } from "next";
import { MAX_UPLOAD_REQUEST_BYTES } from "./lib/images";
import { SHARE_PAGE_HEADERS, STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // pg and the embedded database are Node libraries; keep them out of the
  // bundle. Yjs too: bundled, the server rendering of the editor and the
  // route handlers that read stored documents each had a copy in one process,
  // which Yjs warns breaks its constructor checks ("Yjs was already imported").
  serverExternalPackages: ["pg", "@electric-sql/pglite", "yjs"],
  poweredByHeader: false,
  typedRoutes: false,
  // On every response, static files included; the Content Security Policy,
  // which needs a nonce per request, comes from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      // Last, so its Referrer-Policy wins over the one above for these paths.
      { source: "/s/:path*", headers: [...SHARE_PAGE_HEADERS] },
    ];
  },
  turbopack: {
    resolveAlias: {
      // zod's import of its own locale index (no other package makes this
      // request); browser bundles only. lib/zod-browser-locales.ts says why.
      "../locales/index.js": { browser: "./lib/zod-browser-locales.ts" },
    },
  },
  experimental: {
    // proxy.ts runs on every request, so Next buffers bodies for it and cuts
    // them at 10 MB by default: an image at the limit would arrive truncated.
    proxyClientMaxBodySize: MAX_UPLOAD_REQUEST_BYTES,
  },
};

export default nextConfig;
