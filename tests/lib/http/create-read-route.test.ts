import { describe, expect, it, vi } from 'vitest';
import { createReadRoute, isAutomaticHandler } from '@/lib/http/create-read-route';
import { MAX_URL_LENGTH } from '@/lib/http/api-request-error-of';

const route = createReadRoute((request: Request) =>
  Response.json({ path: new URL(request.url).pathname }),
);
const call = (method: keyof typeof route, url = 'http://localhost/api/events', headers = {}) =>
  route[method](new Request(url, { method, headers }));

describe('createReadRoute()', () => {
  it("answers GET with the handler's answer, the API's security headers and a request id", async () => {
    const response = await call('GET');
    expect(await response.json()).toEqual({ path: '/api/events' });
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Request-Id')).toMatch(/^[\w-]{36}$/);
    expect(response.headers.has('Strict-Transport-Security')).toBe(false);
  });

  it('keeps a request id given by a proxy in front, if it is a plain token, and sends HSTS behind https', async () => {
    const headers = { 'x-request-id': 'lb-42', 'x-forwarded-proto': 'https' };
    const response = await call('GET', undefined, headers);
    expect(response.headers.get('X-Request-Id')).toBe('lb-42');
    expect(response.headers.has('Strict-Transport-Security')).toBe(true);
    const forged = await call('GET', undefined, { 'x-request-id': 'a b' });
    expect(forged.headers.get('X-Request-Id')).not.toBe('a b');
  });

  it('answers another method with a JSON 405 and Allow, and OPTIONS with a 204 and Allow', async () => {
    const refused = await call('DELETE', 'http://localhost/api/events/x');
    expect(refused.status).toBe(405);
    expect(refused.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect((await refused.json()).error.message).toBe(
      '/api/events/[id] answers GET, HEAD, OPTIONS, not DELETE',
    );
    const options = await call('OPTIONS');
    expect(options.status).toBe(204);
    expect(options.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers a URL longer than the API reads with a JSON 414, and logs it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await call(
      'GET',
      `http://localhost/api/events?q=${'x'.repeat(MAX_URL_LENGTH)}`,
    );
    expect(response.status).toBe(414);
    expect((await response.json()).error.code).toBe('uri_too_long');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(`[${response.headers.get('X-Request-Id')}] GET`),
    );
  });

  it('answers a handler that throws with a JSON 500, logged with the request id', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = createReadRoute(() => {
      throw new Error('the disk is gone');
    });
    const response = await failing.GET(new Request('http://localhost/api/themes'));
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('internal_error');
    const id = response.headers.get('X-Request-Id');
    expect(error).toHaveBeenCalledWith(
      `[${id}] GET /api/themes failed in /api/themes (route): Error: the disk is gone`,
    );
  });

  it('marks every handler but GET as one it makes for every route alike', () => {
    expect(isAutomaticHandler(route.GET)).toBe(false);
    for (const method of ['HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)
      expect(isAutomaticHandler(route[method]), method).toBe(true);
  });
});
