import { describe, expect, it } from 'vitest';
import { splitJapaneseSentences } from '@/lib/reader/split-japanese-sentences';
import { splitSentences } from '@/lib/reader/split-sentences';

describe('splitJapaneseSentences()', () => {
  it('ends a sentence at 。, ！ and ？', () => {
    expect(splitJapaneseSentences('両大臣は一致した。同長官は歓迎した！本当か？')).toEqual([
      '両大臣は一致した。',
      '同長官は歓迎した！',
      '本当か？',
    ]);
  });

  it('never ends one inside 「」, 『』 or （）', () => {
    expect(
      splitJapaneseSentences(
        '岸大臣から、「日米同盟は強固だ。今後も強化する。」と述べました。同長官は『報告書。』（仮訳。）に言及しました。',
      ),
    ).toEqual([
      '岸大臣から、「日米同盟は強固だ。今後も強化する。」と述べました。',
      '同長官は『報告書。』（仮訳。）に言及しました。',
    ]);
  });

  it('keeps a last sentence without a full stop, and trims the space between sentences', () => {
    expect(splitJapaneseSentences('　一致した。　以上')).toEqual(['一致した。', '以上']);
  });

  it('splits a paragraph whose bracket is never closed as though it were not there', () => {
    expect(splitJapaneseSentences('「開かれた。確認した。')).toEqual([
      '「開かれた。',
      '確認した。',
    ]);
  });
});

describe('splitSentences()', () => {
  it('splits a Japanese paragraph as splitJapaneseSentences() does, and English as before', () => {
    expect(splitSentences('両大臣は一致した。閣僚は確認した。')).toEqual([
      '両大臣は一致した。',
      '閣僚は確認した。',
    ]);
    expect(splitSentences('The U.S. agreed. Japan concurred.')).toEqual([
      'The U.S. agreed.',
      'Japan concurred.',
    ]);
  });
});
