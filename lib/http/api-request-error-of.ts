import { apiError, type ApiError } from './api-error';
import { allowedMethodsOf, apiRouteOf } from './api-routes';
import { isWellEncoded } from './is-well-encoded';
import { quoteInput } from './quote-input';

/**
 * The longest URL the API reads (characters, as the server hands it on: Next re-encodes each comma
 * as `%2C`, so a list of ids counts longer than it was sent). Longer is a 414; past 16 KB as sent,
 * Node answers 431 before any code of ours runs.
 */
export const MAX_URL_LENGTH = 12_288;

/** What answers a request under /api before any route sees it, with the `Allow` of a 405. */
export interface ApiRequestError {
  error: ApiError;
  allow?: string;
}

/**
 * The error a request under /api gets before it reaches a route: a URL too long, a path that is
 * not well-formed percent-encoding, no such resource (a trailing slash or a dot segment included,
 * since the API has one spelling per resource), or a method the route does not answer. Null when
 * the request may go on to its route.
 */
export function apiRequestErrorOf(
  method: string,
  path: string,
  urlLength: number,
): ApiRequestError | null {
  const tooLong = urlLengthErrorOf(urlLength);
  if (tooLong) return tooLong;
  if (!isWellEncoded(path))
    return {
      error: apiError(
        'invalid_parameter',
        `the path ${quoteInput(path)} is not valid percent-encoded UTF-8`,
      ),
    };
  const route = apiRouteOf(path);
  if (!route) return { error: apiError('not_found', notFoundMessage(path)) };
  return methodErrorOf(route, method);
}

/** The 414 for a URL longer than MAX_URL_LENGTH characters, or null. */
export function urlLengthErrorOf(urlLength: number): ApiRequestError | null {
  if (urlLength <= MAX_URL_LENGTH) return null;
  return {
    error: apiError('uri_too_long', `the URL is longer than ${MAX_URL_LENGTH} characters`),
  };
}

/**
 * The 405 for a method that a route (its pattern, or the path that names it) does not answer,
 * with its Allow; or null. `allowed` defaults to the route's methods in API_ROUTES.
 */
export function methodErrorOf(
  route: string,
  method: string,
  allowed = allowedMethodsOf(route),
): ApiRequestError | null {
  if (allowed.includes(method)) return null;
  return {
    error: apiError('method_not_allowed', `${route} answers ${allowed.join(', ')}, not ${method}`),
    allow: allowed.join(', '),
  };
}

function notFoundMessage(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const hint = trimmed !== path && apiRouteOf(trimmed) ? ` (did you mean ${trimmed}?)` : '';
  return `there is no API resource ${quoteInput(path)}${hint}`;
}
