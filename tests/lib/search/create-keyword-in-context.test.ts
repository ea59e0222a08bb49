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

describe('createWordsFinder()', () => {
  it('finds the words from a word start, in any case, across curly quotes and spaces', () => {
    const find = createWordsFinder('taiwan   strait')!;
    expect(find(TEXT)).toEqual({ start: TEXT.indexOf('Taiwan'), end: TEXT.indexOf('Taiwan') + 13 });
    expect(createWordsFinder("Japan's")!('Japan’s defense')).toEqual({ start: 0, end: 7 });
    expect(createWordsFinder('strait')!('crossstrait')).toBeNull();
  });

  it('returns null for a query with no words', () => {
    expect(createWordsFinder('   ')).toBeNull();
  });

  it('treats regular-expression characters as text', () => {
    expect(createWordsFinder('"2+2"')!('the “2+2” in January')).toEqual({ start: 4, end: 9 });
  });
});
