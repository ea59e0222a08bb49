import { describe, expect, it } from 'vitest';
import { delocalizePath, localizePath } from '@/i18n/localize-path';

describe('localizePath()', () => {
  it('prefixes an internal href with /ja for Japanese, keeping its query and hash', () => {
    expect(localizePath('/search?q=Taiwan', 'ja')).toBe('/ja/search?q=Taiwan');
    expect(localizePath('/events/x#s3', 'ja')).toBe('/ja/events/x#s3');
    expect(localizePath('/?from=2021-01-01&event=x', 'ja')).toBe('/ja?from=2021-01-01&event=x');
    expect(localizePath('/', 'ja')).toBe('/ja');
  });

  it('leaves an English href as it is, and takes a Japanese one back to English', () => {
    expect(localizePath('/search?q=x', 'en')).toBe('/search?q=x');
    expect(localizePath('/ja/search?q=x', 'en')).toBe('/search?q=x');
    expect(localizePath('/ja', 'en')).toBe('/');
    expect(localizePath('/ja?event=x', 'en')).toBe('/?event=x');
  });

  it('never prefixes twice', () => {
    expect(localizePath('/ja/themes', 'ja')).toBe('/ja/themes');
  });

  it('passes outside and relative hrefs through', () => {
    for (const href of [
      'https://www.mod.go.jp/en/',
      '//evil.example/',
      '?q=x',
      '#main',
      'mailto:a@b',
    ])
      expect(localizePath(href, 'ja')).toBe(href);
  });
});

describe('delocalizePath()', () => {
  it('reads the language prefix, and only a whole segment', () => {
    expect(delocalizePath('/ja/search')).toEqual({ locale: 'ja', pathname: '/search' });
    expect(delocalizePath('/ja')).toEqual({ locale: 'ja', pathname: '/' });
    expect(delocalizePath('/japan')).toEqual({ locale: 'en', pathname: '/japan' });
    expect(delocalizePath('/')).toEqual({ locale: 'en', pathname: '/' });
  });
});
