import { describe, expect, it } from 'vitest';
import { findPageUrl } from '@/lib/fetch/find-page-url';

describe('findPageUrl()', () => {
  it('takes the canonical link first, then og:url, then the browser’s "saved from" mark', () => {
    const saved = '<!-- saved from url=(0040)https://www.mofa.go.jp/na/st/page1e.html -->';
    const og = '<meta property="og:url" content="https://www.mofa.go.jp/og.html">';
    const canonical = "<link href='https://www.mofa.go.jp/canonical.html' rel=canonical>";
    expect(findPageUrl(`${saved}<head>${og}${canonical}</head>`)).toBe(
      'https://www.mofa.go.jp/canonical.html',
    );
    expect(findPageUrl(`${saved}<head>${og}</head>`)).toBe('https://www.mofa.go.jp/og.html');
    expect(findPageUrl(`${saved}<head></head>`)).toBe('https://www.mofa.go.jp/na/st/page1e.html');
  });

  it('gives null for a page that names no https URL of its own', () => {
    expect(findPageUrl('<link rel="canonical" href="/relative.html"><p>text</p>')).toBeNull();
    expect(findPageUrl('plain text')).toBeNull();
  });
});
