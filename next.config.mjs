/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated Prisma client and the database drivers stay plain Node modules.
  serverExternalPackages: ["@libsql/client", "pg", "@node-rs/argon2"],
};

export default nextConfig;
