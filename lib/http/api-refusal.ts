import { createErrorResponse } from './api-error';
import { apiRequestErrorOf, type ApiRequestError } from './api-request-error-of';
import { logRefusal } from './log-refusal';

/**
 * The JSON error answering a request under /api that no route may read (see apiRequestErrorOf()),
 * or null when the request may go on. A URL no client of ours could send (too long, not valid
 * percent-encoding) is logged; a 404 or a 405 is not.
 */
export function createApiRefusal(
  request: Request,
  path: string,
  requestId: string,
): Response | null {
  return createRefusalResponse(
    apiRequestErrorOf(request.method, path, request.url.length),
    request,
    requestId,
  );
}

/** The response for a refusal (null for none), logged as createApiRefusal() says. */
export function createRefusalResponse(
  refused: ApiRequestError | null,
  request: Request,
  requestId: string,
): Response | null {
  if (!refused) return null;
  if (refused.error.code === 'invalid_parameter' || refused.error.code === 'uri_too_long')
    logRefusal(requestId, request, refused.error.message);
  return createErrorResponse(refused.error, refused.allow ? { Allow: refused.allow } : undefined);
}
