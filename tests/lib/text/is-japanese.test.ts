import { describe, expect, it } from 'vitest';
import { isJapanese } from '@/lib/text/is-japanese';
import { japaneseWordsOf } from '@/lib/text/japanese-segmenter';

describe('isJapanese()', () => {
  it('is true for kana, kanji and the prolonged sound mark', () => {
    expect(isJapanese('the 台湾 Strait')).toBe(true);
    expect(isJapanese('ひらがな')).toBe(true);
    expect(isJapanese('ー')).toBe(true);
  });

  it('is false for English, and for marks English shares with Japanese', () => {
    expect(isJapanese('Peace and stability · “2+2” — Café')).toBe(false);
    expect(isJapanese('、。「」')).toBe(false);
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
