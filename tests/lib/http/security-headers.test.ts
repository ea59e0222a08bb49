import { describe, expect, it } from 'vitest';
import { createSecurityHeaders, isHttps } from '@/lib/http/security-headers';

const PAGE = { nonce: 'abc123', https: false, api: false };

describe('createSecurityHeaders()', () => {
  it("lets a page's scripts run only with the nonce, never inline", () => {
    const policy = createSecurityHeaders(PAGE)['Content-Security-Policy']!;
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1];
    expect(scripts).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('sets the headers that stop sniffing, framing, referrer leaks and device access', () => {
    expect(createSecurityHeaders(PAGE)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  it('adds HSTS only over https', () => {
    expect(createSecurityHeaders(PAGE)).not.toHaveProperty('Strict-Transport-Security');
    expect(createSecurityHeaders({ ...PAGE, https: true })['Strict-Transport-Security']).toMatch(
      /^max-age=\d+/,
    );
  });

  it('allows nothing at all to an API answer', () => {
    expect(createSecurityHeaders({ ...PAGE, api: true })['Content-Security-Policy']).toMatch(
      /^default-src 'none'; frame-ancestors 'none'/,
    );
  });
});

describe('isHttps()', () => {
  it('reads https from the URL or from a proxy in front, and nothing else', () => {
    const none = new Headers();
    expect(isHttps(new URL('https://example.com/'), none)).toBe(true);
    expect(
      isHttps(new URL('http://example.com/'), new Headers({ 'x-forwarded-proto': 'https' })),
    ).toBe(true);
    expect(isHttps(new URL('http://example.com/'), none)).toBe(false);
    expect(
      isHttps(new URL('http://example.com/'), new Headers({ 'x-forwarded-proto': 'http' })),
    ).toBe(false);
  });
});
