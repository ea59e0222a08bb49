import { unstable_doesMiddlewareMatch as doesMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { config, proxy } from '@/proxy';

const run = (path: string, init: { method?: string; headers?: HeadersInit } = {}) =>
  proxy(new NextRequest(`http://localhost${path}`, init));

describe('proxy()', () => {
  it('answers a malformed API path with a JSON 400 carrying a request id, and logs it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = run('/api/events/%ff');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_parameter');
    const id = response.headers.get('X-Request-Id');
    expect(id).toMatch(/^[\w-]{36}$/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`[${id}] GET`));
  });

  it('answers a wrong method with a JSON 405 and Allow', async () => {
    const response = run('/api/themes', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect((await response.json()).error.code).toBe('method_not_allowed');
  });

  it('passes a page on with a nonce that its Content-Security-Policy names', () => {
    const response = run('/compare');
    const policy = response.headers.get('Content-Security-Policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('gives each request a fresh nonce', () => {
    const policyOf = () => run('/').headers.get('Content-Security-Policy');
    expect(policyOf()).not.toBe(policyOf());
  });

  it('sends HSTS behind an https proxy only', () => {
    expect(run('/').headers.has('Strict-Transport-Security')).toBe(false);
    const behind = run('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(behind.headers.has('Strict-Transport-Security')).toBe(true);
  });

  it('redirects a page with a trailing slash to its one address, never to another site', () => {
    expect(run('/themes/').headers.get('Location')).toBe('http://localhost/themes');
    expect(run('//evil.example/').headers.get('Location')).toBe('http://localhost/evil.example');
  });

  it('keeps a request id given by a proxy in front, if it is a plain token', () => {
    expect(run('/', { headers: { 'x-request-id': 'lb-42' } }).headers.get('X-Request-Id')).toBe(
      'lb-42',
    );
    expect(run('/', { headers: { 'x-request-id': 'a b' } }).headers.get('X-Request-Id')).not.toBe(
      'a b',
    );
  });

  it('draws /ja/<path> as /<path> in Japanese, keeping the query', () => {
    const response = run('/ja/search?q=Taiwan');
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost/search?q=Taiwan');
    expect(response.headers.get('x-middleware-request-x-locale')).toBe('ja');
    expect(run('/ja').headers.get('x-middleware-rewrite')).toBe('http://localhost/');
  });

  it('draws every other page in English, whatever language header the client sent', () => {
    const response = run('/search', { headers: { 'x-locale': 'ja' } });
    expect(response.headers.has('x-middleware-rewrite')).toBe(false);
    expect(response.headers.get('x-middleware-request-x-locale')).toBe('en');
    expect(run('/japan').headers.get('x-middleware-request-x-locale')).toBe('en');
  });

  it('keeps the language through the run Next makes again for the rewritten path', () => {
    const first = run('/ja/search');
    const forwarded = (name: string) => first.headers.get(`x-middleware-request-${name}`)!;
    const second = run('/search', {
      headers: { 'x-locale': forwarded('x-locale'), 'x-locale-mark': forwarded('x-locale-mark') },
    });
    expect(second.headers.get('x-middleware-request-x-locale')).toBe('ja');
    expect(second.headers.has('x-middleware-rewrite')).toBe(false);
    const forged = run('/search', { headers: { 'x-locale': 'ja', 'x-locale-mark': 'guess' } });
    expect(forged.headers.get('x-middleware-request-x-locale')).toBe('en');
  });

  it('gives the API no Japanese address: /ja/api/… is a page not found', () => {
    const response = run('/ja/api/themes');
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost/not-found');
    expect(response.headers.get('x-middleware-request-x-locale')).toBe('ja');
  });

  it('redirects a Japanese page with a trailing slash to its one address', () => {
    expect(run('/ja/search/?q=x').headers.get('Location')).toBe('http://localhost/ja/search?q=x');
    expect(run('/ja/').headers.get('Location')).toBe('http://localhost/ja');
  });
});

describe('proxy config.matcher', () => {
  const runsFor = (url: string) => doesMatch({ config, url });

  it('runs for pages, /ja/ and the API routes that do not answer for themselves', () => {
    for (const url of ['/', '/themes', '/ja/search?q=x', '/icon.svg', '/api', '/api/documents'])
      expect(runsFor(url), url).toBe(true);
    expect(runsFor('/api/documents/x')).toBe(true);
    expect(runsFor('/api/session?token=x')).toBe(true);
    expect(runsFor('/ja/api/themes')).toBe(true);
    // Nothing here uses Next's image optimiser: its paths, and look-alikes, get the page headers.
    for (const url of ['/_next/image?url=x', '/_next/imagefoo', '/_next/statics.js'])
      expect(runsFor(url), url).toBe(true);
  });

  it("skips the read routes in their one spelling, and the build's static files", () => {
    for (const url of [
      '/api/events',
      '/api/events?themes=okinawa',
      '/api/events/1960-01-19-security-treaty-signed',
      '/api/search?q=missile',
      '/api/themes',
      '/api/timeline',
      '/api/recurrence?themes=okinawa',
      '/api/health',
      '/api/compare?theme=okinawa',
      '/api/compare/languages?event=x',
      '/api/compare/meetings?a=x&b=y',
      '/api/export/events',
      '/api/export/matrix',
      '/_next/static/chunks/main.js',
    ])
      expect(runsFor(url), url).toBe(false);
  });

  it('runs for any other spelling of a read route, to refuse it', () => {
    for (const url of [
      '/api/events/',
      '/api/events/%ff',
      '/api/events/a.b',
      '/api/events/a/b',
      '/api/themes.json',
      '/api/searches',
      '/api/compare/',
      '/api/export',
    ])
      expect(runsFor(url), url).toBe(true);
  });
});
