import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and the embedded database are Node libraries; keep them out of the bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
