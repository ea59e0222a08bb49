import { apiError, createErrorResponse } from './api-error';
import { createRefusalResponse } from './api-refusal';
import { methodErrorOf, urlLengthErrorOf, type ApiRequestError } from './api-request-error-of';
import { apiRouteOf } from './api-routes';
import { requestIdOf } from './request-id';
import { createSecurityHeaders, isHttps, setResponseHeaders } from './security-headers';

/** A route handler: the request, and the route's context (its params) where it reads one. */
export type RouteHandler<Rest extends unknown[]> = (
  request: Request,
  ...rest: Rest
) => Response | Promise<Response>;

/** What a route module exports: a handler for each method. */
export type RouteHandlers<Rest extends unknown[]> = Record<
  'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  RouteHandler<Rest>
>;

/** The API's security headers over http and over https, worked out once. */
const SECURITY_HEADERS = [false, true].map((https) =>
  Object.entries(createSecurityHeaders({ nonce: '', api: true, https })),
);

/** The handlers that answer for a route what every route answers alike (HEAD, OPTIONS, a 405). */
const automatic = new WeakSet<object>();

/** What a read route answers: GET, and HEAD and OPTIONS with it (see allowedMethodsOf()). */
const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The handlers of a GET-only API route that the proxy does not run for (proxy.ts's matcher), so
 * that the route's answers cost no run of the proxy: they do here what the proxy does for the rest
 * of /api (the matcher sends it every path that is not the route's one spelling). A URL too long
 * or a method other than GET, HEAD and OPTIONS gets its JSON error (405 with Allow), OPTIONS a 204
 * with Allow, HEAD the GET's headers; every answer carries the API's security headers and
 * X-Request-Id (the id a proxy in front gave, or a new one). A handler that throws answers a JSON
 * 500, logged with that id.
 */
export function createReadRoute<Rest extends unknown[]>(
  get: RouteHandler<Rest>,
): RouteHandlers<Rest> {
  const answer = async (request: Request, ...rest: Rest): Promise<Response> => {
    const requestId = requestIdOf(request.headers);
    const url = new URL(request.url);
    const response =
      createRefusalResponse(refusalOf(request, url), request, requestId) ??
      (request.method === 'OPTIONS'
        ? createOptionsResponse()
        : await run(() => get(request, ...rest), request, requestId));
    const headers = SECURITY_HEADERS[Number(isHttps(url, request.headers))]!;
    setResponseHeaders(response, headers, requestId);
    return response;
  };
  const same = () => {
    const handler: RouteHandler<Rest> = (request, ...rest) => answer(request, ...rest);
    automatic.add(handler);
    return handler;
  };
  return {
    GET: answer,
    HEAD: same(),
    OPTIONS: same(),
    POST: same(),
    PUT: same(),
    PATCH: same(),
    DELETE: same(),
  };
}

/** Whether a route module's handler is one createReadRoute() made for every route alike. */
export function isAutomaticHandler(handler: unknown): boolean {
  return typeof handler === 'function' && automatic.has(handler);
}

/** A URL too long, or a method a read route does not answer (its route named in the message). */
function refusalOf(request: Request, url: URL): ApiRequestError | null {
  const tooLong = urlLengthErrorOf(request.url.length);
  if (tooLong || READ_METHODS.includes(request.method)) return tooLong;
  return methodErrorOf(apiRouteOf(url.pathname) ?? url.pathname, request.method, READ_METHODS);
}

function createOptionsResponse(): Response {
  const allow = [...READ_METHODS].sort().join(', ');
  return new Response(null, { status: 204, headers: { Allow: allow } });
}

async function run(
  get: () => Response | Promise<Response>,
  request: Request,
  requestId: string,
): Promise<Response> {
  try {
    return await get();
  } catch (error) {
    // Next's own signals (not found, redirect) carry a digest and are Next's to answer.
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error;
    logFailure(requestId, request, error);
    return createErrorResponse(
      apiError('internal_error', `the server could not answer; its log names request ${requestId}`),
    );
  }
}

/** The line instrumentation.ts logs for a failing request, with this request's id. */
function logFailure(requestId: string, request: Request, error: unknown): void {
  const path = new URL(request.url).pathname;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(
    `[${requestId}] ${request.method} ${path.slice(0, 200)} failed in ${apiRouteOf(path)} (route): ${message}`,
  );
}
