/** How the response that gets the headers was asked for. */
export interface SecurityContext {
  /** The per-request nonce that the page's own scripts carry (pages only). */
  nonce: string;
  /** Served over https (the request URL or a proxy's `x-forwarded-proto`): adds HSTS. */
  https: boolean;
  /** An API answer: JSON never runs anything, so its policy allows nothing. */
  api: boolean;
  /** `next dev` evaluates code for its fast refresh; production never does. */
  development?: boolean;
}

/** The Content-Security-Policy of a page: scripts only with this request's nonce, no framing. */
export function createContentSecurityPolicy({ nonce, https, api, development }: SecurityContext) {
  if (api) return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // React writes style attributes (the timeline's positions): styles may be inline, scripts not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The headers every response carries, the Content-Security-Policy among them. */
export function createSecurityHeaders(context: SecurityContext): Record<string, string> {
  return {
    'Content-Security-Policy': createContentSecurityPolicy(context),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(context.https
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}
