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
  // `npm run dev` serves its scripts only to pages on hosts listed here (localhost is
  // always allowed); without the loopback addresses a page opened at 127.0.0.1 or [::1]
  // would never hydrate. A LAN address or host name is added the same way (README).
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
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
