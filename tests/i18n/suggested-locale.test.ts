import { describe, expect, it } from 'vitest';
import { suggestedLocaleOf } from '@/i18n/suggested-locale';

describe('suggestedLocaleOf()', () => {
  it('offers Japanese on an English page to a browser that prefers it', () => {
    const context = { locale: 'en', saved: undefined } as const;
    expect(suggestedLocaleOf({ ...context, acceptLanguage: 'ja,en-US;q=0.8' })).toBe('ja');
    expect(suggestedLocaleOf({ ...context, acceptLanguage: 'ja-JP' })).toBe('ja');
  });

  it('offers English on a Japanese page to a browser that prefers it', () => {
    expect(
      suggestedLocaleOf({ locale: 'ja', acceptLanguage: 'en-US,en;q=0.9', saved: undefined }),
    ).toBe('en');
  });

  it('offers nothing once a language was chosen, whichever it was', () => {
    for (const saved of ['en', 'ja', 'junk'])
      expect(suggestedLocaleOf({ locale: 'en', acceptLanguage: 'ja', saved })).toBeNull();
  });

  it('offers nothing where the page is already in the preferred language or none of ours is asked for', () => {
    expect(
      suggestedLocaleOf({ locale: 'en', acceptLanguage: 'en-GB,ja;q=0.5', saved: undefined }),
    ).toBeNull();
    expect(
      suggestedLocaleOf({ locale: 'en', acceptLanguage: 'fr-FR', saved: undefined }),
    ).toBeNull();
    expect(suggestedLocaleOf({ locale: 'en', acceptLanguage: null, saved: undefined })).toBeNull();
  });
});
