import { describe, expect, it } from 'vitest';
import { hasJapanese } from '@/lib/text/has-japanese';
import { japaneseWordsOf } from '@/lib/text/japanese-segmenter';

describe('hasJapanese()', () => {
  it('is true for kana, kanji and the prolonged sound mark', () => {
    expect(hasJapanese('the 台湾 Strait')).toBe(true);
    expect(hasJapanese('ひらがな')).toBe(true);
    expect(hasJapanese('ー')).toBe(true);
  });

  it('is false for English, and for marks English shares with Japanese', () => {
    expect(hasJapanese('Peace and stability · “2+2” — Café')).toBe(false);
    expect(hasJapanese('、。「」')).toBe(false);
  });
});

describe('japaneseWordsOf()', () => {
  it('splits Japanese into words, without punctuation', () => {
    expect(japaneseWordsOf('両大臣は、台湾海峡の平和を確認した。')).toEqual([
      '両',
      '大臣',
      'は',
      '台湾',
      '海峡',
      'の',
      '平和',
      'を',
      '確認',
      'した',
    ]);
  });
});
