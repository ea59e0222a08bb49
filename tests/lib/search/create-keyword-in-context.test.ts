import { describe, expect, it } from 'vitest';
import { createKeywordInContext } from '@/lib/search/create-keyword-in-context';
import { createWordsFinder } from '@/lib/search/find-words';

const TEXT =
  'The Ministers also reiterated the importance of peace and stability of the Taiwan Strait, and they encouraged the peaceful resolution of cross-Strait issues.';

describe('createKeywordInContext()', () => {
  it('keeps a few words each side and marks where the text goes on', () => {
    const start = TEXT.indexOf('Taiwan Strait');
    expect(createKeywordInContext(TEXT, start, start + 'Taiwan Strait'.length, 4)).toEqual({
      before: '…and stability of the ',
      match: 'Taiwan Strait',
      after: ', and they encouraged…',
    });
  });

  it('keeps the whole text when it is short', () => {
    expect(createKeywordInContext('Peace in the Strait.', 0, 5, 4)).toEqual({
      before: '',
      match: 'Peace',
      after: ' in the Strait.',
    });
  });
});

describe('createKeywordInContext() in Japanese', () => {
  const JAPANESE =
    '両大臣は、北朝鮮の核・ミサイル開発について意見を交換した。両大臣は、台湾海峡の平和と安定の重要性を改めて確認し、両岸問題の平和的解決を促した。岸大臣は、防衛力を抜本的に強化する決意を述べた。';
  const at = (match: string) => [JAPANESE.indexOf(match), JAPANESE.indexOf(match) + match.length];

  it('keeps the context within the match’s sentence, cut at 。', () => {
    const [start, end] = at('平和的解決');
    expect(createKeywordInContext(JAPANESE, start!, end!)).toEqual({
      before: '…の平和と安定の重要性を改めて確認し、両岸問題の',
      match: '平和的解決',
      after: 'を促した。',
    });
  });

  it('cuts a long sentence between words, with “…” where it goes on', () => {
    const [start, end] = at('台湾海峡');
    expect(createKeywordInContext(JAPANESE, start!, end!)).toEqual({
      before: '両大臣は、',
      match: '台湾海峡',
      after: 'の平和と安定の重要性を改めて確認し、両岸問題の…',
    });
  });

  it('keeps the whole sentence when it is short', () => {
    const [start, end] = at('防衛力');
    expect(createKeywordInContext(JAPANESE, start!, end!)).toEqual({
      before: '岸大臣は、',
      match: '防衛力',
      after: 'を抜本的に強化する決意を述べた。',
    });
  });
});

describe('createWordsFinder()', () => {
  it('finds the words from a word start, in any case, across curly quotes and spaces', () => {
    const find = createWordsFinder('taiwan   strait')!;
    expect(find(TEXT)).toEqual({ start: TEXT.indexOf('Taiwan'), end: TEXT.indexOf('Taiwan') + 13 });
    expect(createWordsFinder("Japan's")!('Japan’s defense')).toEqual({ start: 0, end: 7 });
    expect(createWordsFinder('strait')!('crossstrait')).toBeNull();
  });

  it('finds Japanese anywhere in a word, with or without the query’s spaces', () => {
    expect(createWordsFinder('朝鮮')!('両大臣は、北朝鮮の発射を非難した。')).toEqual({
      start: 6,
      end: 8,
    });
    expect(createWordsFinder('台湾 海峡')!('台湾海峡の平和')).toEqual({ start: 0, end: 4 });
  });

  it('returns null for a query with no words', () => {
    expect(createWordsFinder('   ')).toBeNull();
  });

  it('treats regular-expression characters as text', () => {
    expect(createWordsFinder('"2+2"')!('the “2+2” in January')).toEqual({ start: 4, end: 9 });
  });
});
