// Runs before every request but the build's static files and the API's read routes (see
// `config`): gives it an id and a script nonce, answers what no route should see (a malformed or
// over-long URL, an unknown API path, a method a route does not answer), draws a page under /ja/
// as the page without the prefix in Japanese, and puts the security headers on every response.
import { NextResponse, type NextRequest } from 'next/server';
import { createApiRefusal } from './lib/http/api-refusal';
import { MAX_URL_LENGTH } from './lib/http/api-request-error-of';
import { isWellEncoded } from './lib/http/is-well-encoded';
import { logRefusal } from './lib/http/log-refusal';
import { REQUEST_ID_HEADER, requestIdOf } from './lib/http/request-id';
import { createSecurityHeaders, isHttps, setResponseHeaders } from './lib/http/security-headers';
import { isLocale, LOCALE_HEADER } from './i18n/locales';
import { delocalizePath } from './i18n/localize-path';

/**
 * The paths the proxy runs for. Not the build's static files (next.config.js gives them their
 * headers), nor the read routes that createReadRoute() makes (lib/http/create-read-route.ts), in
 * their one spelling: a run of the proxy costs about as much CPU as the route's own answer. Any
 * other spelling of those paths (a trailing slash, a dot segment, a percent-escape) still comes
 * here to be refused. Next reads this as a literal, so the routes are written out.
 */
export const config = {
  matcher: [
    '/((?!_next/static/|api/(?:events(?:/[\\w-]+)?|search|themes|timeline|recurrence|health|compare(?:/languages|/meetings)?|export/(?:events|matrix))$).*)',
  ],
};

/** Marks a request this process's proxy already passed on; no client can know the mark. */
const REWRITE_MARK_HEADER = 'x-locale-mark';
const REWRITE_MARK = crypto.randomUUID();

export function proxy(request: NextRequest): Response {
  const requestId = requestIdOf(request.headers);
  const url = new URL(request.url);
  const api = url.pathname === '/api' || url.pathname.startsWith('/api/');
  // Only a page runs scripts, so only a page needs their nonce.
  const nonce = api
    ? ''
    : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const context = {
    nonce,
    api,
    https: isHttps(url, request.headers),
    development: process.env.NODE_ENV === 'development',
  };
  const headers = createSecurityHeaders(context);
  const response = api
    ? answerApi(request, url, requestId)
    : answerPage(request, url, requestId, { ...headers, 'x-nonce': nonce });
  setResponseHeaders(response, Object.entries(headers), requestId);
  return response;
}

function answerApi(request: NextRequest, url: URL, requestId: string): Response {
  return (
    createApiRefusal(request, url.pathname, requestId) ??
    NextResponse.next({
      request: { headers: forward(request, { [REQUEST_ID_HEADER]: requestId }) },
    })
  );
}

function answerPage(
  request: NextRequest,
  url: URL,
  requestId: string,
  headers: Record<string, string>,
): Response {
  const { locale, pathname } = localeOf(request, url.pathname);
  const init = {
    request: {
      headers: forward(request, {
        ...headers,
        [REQUEST_ID_HEADER]: requestId,
        [LOCALE_HEADER]: locale,
        [REWRITE_MARK_HEADER]: REWRITE_MARK,
      }),
    },
  };
  if (request.url.length > MAX_URL_LENGTH) {
    logRefusal(requestId, request, 'the URL is too long');
    return new Response('The address is too long.', { status: 414 });
  }
  if (!isWellEncoded(url.pathname)) {
    logRefusal(requestId, request, 'the path is not valid percent-encoded UTF-8');
    // A path that names nothing gets the site's 404 page, drawn as for any unknown page.
    return NextResponse.rewrite(new URL('/not-found', url), init);
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/'))
    return NextResponse.redirect(
      new URL(`/${url.pathname.replace(/^\/+|\/+$/g, '')}${url.search}`, url),
      308,
    );
  if (pathname === url.pathname) return NextResponse.next(init);
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  return NextResponse.rewrite(target, init);
}

/**
 * The page's language and the path of the page to draw: `/ja/search` is `/search` in Japanese.
 * The API has no language: `/ja/api/…` names no page, and is drawn (as a 404) in Japanese.
 */
function localeOf(request: NextRequest, path: string): ReturnType<typeof delocalizePath> {
  // Next runs the proxy again for the path a rewrite gives: that second run keeps the language
  // the first read from the URL. A language header from anyone else is overwritten.
  const given = request.headers.get(LOCALE_HEADER);
  if (request.headers.get(REWRITE_MARK_HEADER) === REWRITE_MARK && isLocale(given))
    return { locale: given, pathname: path };
  const found = delocalizePath(path);
  const api = found.pathname === '/api' || found.pathname.startsWith('/api/');
  return api ? { locale: found.locale, pathname: '/not-found' } : found;
}

function forward(request: NextRequest, extra: Record<string, string>): Headers {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}
