import type { NextConfig } from "next";

/**
 * The console is a static export: `out/` is served by the Shipyard server on the API's port,
 * so every page is a client page that talks to the same-origin API with the session cookie.
 *
 * For `next dev`, set SHIPYARD_API_URL (e.g. http://127.0.0.1:7300) to proxy /v1 to a running server,
 * which keeps the API same-origin in development too.
 */
const devApi = process.env.NODE_ENV === "development" ? process.env.SHIPYARD_API_URL : undefined;

const nextConfig: NextConfig = {
  ...(devApi
    ? {
        // API paths have no trailing slash; don't let trailingSlash redirect them before the proxy sees them.
        skipTrailingSlashRedirect: true,
        rewrites: async () => [
          { source: "/v1/:path*", destination: `${devApi.replace(/\/$/, "")}/v1/:path*` },
          { source: "/docs/api", destination: `${devApi.replace(/\/$/, "")}/docs/api` },
        ],
      }
    : { output: "export" as const }),
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@shipyard/contract"],
  devIndicators: false,
};

export default nextConfig;
