/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The corpus is read from disk at run time (CORPUS_DIR), never bundled.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

module.exports = nextConfig;
