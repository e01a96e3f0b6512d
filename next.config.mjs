// Headers every response gets. Pages also get a per-request Content-Security-Policy with
// a nonce from proxy.ts; the API's JSON responses get the fixed one below.
const securityHeaders = [
  // Browsers must not guess a type: a JSON or SVG response is never run as a script or page.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites never learn which page (an order id, say) a visitor came from.
  { key: "Referrer-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated Prisma client and the database drivers stay plain Node modules.
  serverExternalPackages: ["@libsql/client", "pg", "@node-rs/argon2"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON needs no scripts, styles or frames at all.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
