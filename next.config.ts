import type { NextConfig } from "next";
import { MAX_UPLOAD_REQUEST_BYTES } from "./lib/images";

const nextConfig: NextConfig = {
  // pg and the embedded database are Node libraries; keep them out of the bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // proxy.ts runs on every request, so Next buffers bodies for it and cuts
    // them at 10 MB by default: an image at the limit would arrive truncated.
    proxyClientMaxBodySize: MAX_UPLOAD_REQUEST_BYTES,
  },
};

export default nextConfig;
