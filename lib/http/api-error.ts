/** The body of every API error: what was wrong, and the parameter it was in (null for the path). */
export interface ApiError {
  code: 'invalid_parameter' | 'not_found';
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

/** The HTTP response for an error: 400 for a bad parameter, 404 for something not found. */
export function createErrorResponse(error: ApiError): Response {
  return Response.json({ error }, { status: error.code === 'not_found' ? 404 : 400 });
}
