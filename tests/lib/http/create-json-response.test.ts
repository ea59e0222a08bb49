import { describe, expect, it } from 'vitest';
import { createJsonResponse } from '@/lib/http/create-json-response';

const request = (headers: HeadersInit = {}) => new Request('http://localhost/api/x', { headers });

describe('createJsonResponse()', () => {
  it('answers the JSON with Cache-Control and an ETag', async () => {
    const response = createJsonResponse(request(), { a: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
  });

  it('answers 304 without a body when If-None-Match names the ETag, weak or in a list', async () => {
    const etag = createJsonResponse(request(), { a: 1 }).headers.get('ETag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = createJsonResponse(request({ 'If-None-Match': ifNoneMatch }), { a: 1 });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(etag);
    }
  });

  it('answers the body again once it changed', () => {
    const etag = createJsonResponse(request(), { a: 1 }).headers.get('ETag')!;
    expect(createJsonResponse(request({ 'If-None-Match': etag }), { a: 2 }).status).toBe(200);
  });
});
