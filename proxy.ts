// Runs before every request: gives it an id and a script nonce, answers what no route should see
// (a malformed or over-long URL, an unknown API path, a method a route does not answer), draws a
// page under /ja/ as the page without the prefix in Japanese, and puts the security headers on
// every response.
import { NextResponse, type NextRequest } from 'next/server';
import { createErrorResponse } from './lib/http/api-error';
import { apiRequestErrorOf, MAX_URL_LENGTH } from './lib/http/api-request-error-of';
import { isWellEncoded } from './lib/http/is-well-encoded';
import { createSecurityHeaders } from './lib/http/security-headers';
import { isLocale, LOCALE_HEADER } from './i18n/locales';
import { delocalizePath } from './i18n/localize-path';

/** The request header that carries the request id to the routes and the error log. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Marks a request this process's proxy already passed on; no client can know the mark. */
const REWRITE_MARK_HEADER = 'x-locale-mark';
const REWRITE_MARK = crypto.randomUUID();

export function proxy(request: NextRequest): Response {
  const requestId = requestIdOf(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const url = new URL(request.url);
  const api = url.pathname === '/api' || url.pathname.startsWith('/api/');
  const context = {
    nonce,
    api,
    https: url.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
    development: process.env.NODE_ENV === 'development',
  };
  const headers = createSecurityHeaders(context);
  const response = api
    ? answerApi(request, url, requestId)
    : answerPage(request, url, requestId, { ...headers, 'x-nonce': nonce });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('X-Request-Id', requestId);
  return response;
}

function answerApi(request: NextRequest, url: URL, requestId: string): Response {
  const refused = apiRequestErrorOf(request.method, url.pathname, request.url.length);
  if (!refused)
    return NextResponse.next({
      request: { headers: forward(request, { [REQUEST_ID_HEADER]: requestId }) },
    });
  // A URL no client of ours could send is worth a line in the log; a 404 or a 405 is not.
  if (refused.error.code === 'invalid_parameter' || refused.error.code === 'uri_too_long')
    logRefusal(requestId, request, refused.error.message);
  return createErrorResponse(refused.error, refused.allow ? { Allow: refused.allow } : undefined);
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

/** An id a proxy in front already gave the request, if it is a plain token; else a new one. */
function requestIdOf(request: NextRequest): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

function logRefusal(requestId: string, request: NextRequest, reason: string): void {
  const target = request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url;
  console.warn(`[${requestId}] ${request.method} ${target} refused: ${reason}`);
}
