import { createHash } from 'node:crypto';
import type { EncodedBody } from './response-cache';

/**
 * How long a client may reuse an answer without asking (seconds): none, since the corpus can
 * change while the server runs; the ETag makes asking again cheap (a 304 without the body).
 */
export const API_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * A GET route's JSON answer with Cache-Control and an ETag (a hash of the body), or a bodiless
 * 304 when the request's If-None-Match already names that ETag.
 */
export function createJsonResponse(request: Request, body: unknown, init: ResponseInit = {}) {
  return createCachedResponse(request, JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/** A text answer (JSON already encoded, CSV, Markdown) with Cache-Control, ETag and 304. */
export function createCachedResponse(
  request: Request,
  text: string,
  init: ResponseInit = {},
  etag: string = etagOf(text),
) {
  return createTaggedResponse(request, text, init, etag);
}

/** createCachedResponse() for a body whose ETag is known: text, or its bytes already encoded. */
function createTaggedResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  init: ResponseInit,
  etag: string,
) {
  const headers = new Headers(init.headers);
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', API_CACHE_CONTROL);
  headers.set('ETag', etag);
  if (isFresh(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { ...init, headers });
}

/**
 * A JSON answer encoded once (see response-cache.ts), as createJsonResponse() would answer it,
 * without encoding or hashing it again.
 */
export function createEncodedResponse(request: Request, body: EncodedBody): Response {
  const headers = { 'Content-Type': 'application/json' };
  return createTaggedResponse(request, body.bytes, { headers }, body.etag);
}

/** A strong ETag for a text: a hash of it, quoted. */
export function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

function isFresh(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
