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

/** Whether a request came over https: its URL says so, or a proxy in front (`X-Forwarded-Proto`). */
export function isHttps(url: URL, headers: Headers): boolean {
  return url.protocol === 'https:' || headers.get('x-forwarded-proto') === 'https';
}

/** Puts the headers, and the request's id as `X-Request-Id`, on a response. */
export function setResponseHeaders(
  response: Response,
  headers: Iterable<[string, string]>,
  requestId: string,
): void {
  for (const [name, value] of headers) response.headers.set(name, value);
  response.headers.set('X-Request-Id', requestId);
}
