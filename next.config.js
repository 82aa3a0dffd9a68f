// @ts-check

// Security headers and the per-request CSP nonce are set in proxy.ts.

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds coexist in one checkout (parallel browser-test runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@open-spaced-repetition/binding"],
};

module.exports = nextConfig;
