// The config is CommonJS; next-intl's plugin ships a CommonJS entry for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require('next-intl/plugin');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Trailing slashes are proxy.ts's to answer: pages redirect, the API answers 404 in JSON.
  skipTrailingSlashRedirect: true,
  // The stylesheet stays a file (Next's default): inlined, its 21 KB came three times in every page,
  // in a <style> and twice in the Server Components payload, and /themes scored lower on a phone.
  experimental: { inlineCss: false },
  // The corpus is read from disk at run time (CORPUS_DIR), never bundled.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
  // Pages are rendered per request but may be kept by the back/forward cache: Next's default for
  // dynamic pages (no-store) would rule that out.
  async headers() {
    return [
      {
        source: '/((?!api/|_next/).*)',
        headers: [{ key: 'Cache-Control', value: 'private, no-cache' }],
      },
      // proxy.ts does not run for the build's static files: the header that matters on them.
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
      },
    ];
  },
};

// Messages are compiled at build time: the browser is sent no ICU message parser.
module.exports = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: {
      path: './messages',
      format: 'json',
      locales: 'infer',
      sourceLocale: 'en',
      precompile: true,
    },
  },
})(nextConfig);
