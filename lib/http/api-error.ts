/** Each error code of the API, with the HTTP status it answers. */
export const ERROR_STATUS = {
  invalid_parameter: 400,
  invalid_body: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  precondition_required: 428,
  internal_error: 500,
  bad_gateway: 502,
  unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof ERROR_STATUS;

/** The body of every API error: what was wrong, and the parameter it was in (null for the path). */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  param: string | null;
}

/** A parse result: the value, or the error to answer with. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function invalidParameter(param: string, message: string): Parsed<never> {
  return { ok: false, error: { code: 'invalid_parameter', message, param } };
}

export function notFound(message: string, param: string | null = null): ApiError {
  return { code: 'not_found', message, param };
}

/** An error of any code, naming the field it is about (null where it is about no one field). */
export function apiError(
  code: ApiErrorCode,
  message: string,
  param: string | null = null,
): ApiError {
  return { code, message, param };
}

/** A parse or write that failed with an error of this code, naming the field it is about. */
export function failure(
  code: ApiErrorCode,
  message: string,
  param: string | null = null,
): Parsed<never> {
  return { ok: false, error: apiError(code, message, param) };
}

/** The HTTP response for an error, with the status of its code; never stored by a cache. */
export function createErrorResponse(error: ApiError, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  if (!all.has('Cache-Control')) all.set('Cache-Control', 'no-store');
  return Response.json({ error }, { status: ERROR_STATUS[error.code], headers: all });
}
