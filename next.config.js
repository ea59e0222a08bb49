/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Trailing slashes are proxy.ts's to answer: pages redirect, the API answers 404 in JSON.
  skipTrailingSlashRedirect: true,
  // The stylesheet is small: inlined, it costs no request before the first view can paint.
  experimental: { inlineCss: true },
  // The corpus is read from disk at run time (CORPUS_DIR), never bundled.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

module.exports = nextConfig;
