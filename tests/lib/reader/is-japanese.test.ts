import { describe, expect, it } from 'vitest';
import { inferLanguage, isJapanese } from '@/lib/reader/is-japanese';

describe('isJapanese()', () => {
  it('is true where kana and kanji prevail, FOIP or 2+2 in the text notwithstanding', () => {
    expect(isJapanese('両大臣は、FOIPの実現に向けて「2+2」を開催することで一致した。')).toBe(true);
  });

  it('is false for English, an English text naming 岸信夫, and a text with no letters', () => {
    expect(isJapanese('Minister Kishi met Secretary Austin.')).toBe(false);
    expect(
      isJapanese('Defense Minister Kishi Nobuo (岸信夫) met Secretary Austin in Washington.'),
    ).toBe(false);
    expect(isJapanese('…')).toBe(false);
  });
});

describe('inferLanguage()', () => {
  it('gives ja for Japanese and en otherwise', () => {
    expect(inferLanguage('日米防衛相会談（概要）')).toBe('ja');
    expect(inferLanguage('Japan-U.S. Defense Ministerial Meeting')).toBe('en');
  });
});
