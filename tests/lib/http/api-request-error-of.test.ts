import { describe, expect, it } from 'vitest';
import { apiRequestErrorOf, MAX_URL_LENGTH } from '@/lib/http/api-request-error-of';

describe('apiRequestErrorOf()', () => {
  it.each([
    '/api/events/%ff',
    '/api/events/%zz%',
    '/api/events/%ED%A0%80',
    '/api/events/%c0%ae%c0%ae%2f',
    '/api/%ff',
    '/api/search/%ff',
  ])('answers %s with a 400 saying the path is not UTF-8', (path) => {
    expect(apiRequestErrorOf('GET', path, path.length)?.error).toEqual({
      code: 'invalid_parameter',
      message: `the path "${path}" is not valid percent-encoded UTF-8`,
      param: null,
    });
  });

  it.each(['/api', '/api/', '/api/nope', '/api/events/a/b'])('answers %s with a 404', (path) => {
    expect(apiRequestErrorOf('GET', path, path.length)?.error.code).toBe('not_found');
  });

  it('points a trailing slash to the resource without it', () => {
    expect(apiRequestErrorOf('GET', '/api/events/', 12)?.error.message).toBe(
      'there is no API resource "/api/events/" (did you mean /api/events?)',
    );
  });

  it('answers a method the route does not take with a 405 and its Allow', () => {
    expect(apiRequestErrorOf('POST', '/api/events', 11)).toEqual({
      error: {
        code: 'method_not_allowed',
        message: '/api/events answers GET, HEAD, OPTIONS, not POST',
        param: null,
      },
      allow: 'GET, HEAD, OPTIONS',
    });
  });

  it('answers a URL over the limit with a 414', () => {
    expect(apiRequestErrorOf('GET', '/api/events', MAX_URL_LENGTH + 1)?.error.code).toBe(
      'uri_too_long',
    );
  });

  it('lets a well-formed request to a route through', () => {
    expect(apiRequestErrorOf('GET', '/api/events/2021-03-10-x%C3%A9', 40)).toBeNull();
    expect(apiRequestErrorOf('HEAD', '/api/themes', 11)).toBeNull();
    expect(apiRequestErrorOf('DELETE', '/api/documents/x', 16)).toBeNull();
  });

  it('quotes at most the first 100 characters of a path', () => {
    const path = `/api/${'a'.repeat(500)}`;
    expect(apiRequestErrorOf('GET', path, path.length)?.error.message).toBe(
      `there is no API resource "${path.slice(0, 100)}…"`,
    );
  });
});
