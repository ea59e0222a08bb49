/** The request header that carries a request's id from a proxy in front, and to the error log. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** The id a proxy in front already gave a request, if it is a plain token; else a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}
