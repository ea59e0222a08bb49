import { describe, expect, it } from 'vitest';
import {
  createWordDiff,
  ignorePunctuation,
  mergeParts,
  toDiffPart,
} from '@/lib/compare/create-word-diff';

describe('createWordDiff()', () => {
  it('marks the words added and removed, keeping the common words', () => {
    expect(
      createWordDiff(
        'peace and stability in the Taiwan Strait',
        'peace and stability of the Taiwan Strait',
      ),
    ).toEqual([
      { value: 'peace and stability ' },
      { value: 'in', removed: true },
      { value: 'of', added: true },
      { value: ' the Taiwan Strait' },
    ]);
  });

  it('sees quotes and case by default', () => {
    const parts = createWordDiff(
      'The Ministers stressed “peace”.',
      'the Ministers stressed peace.',
    );
    expect(parts.filter((part) => part.removed).map((part) => part.value)).toEqual([
      'The',
      '“',
      '”',
    ]);
    expect(parts.filter((part) => part.added).map((part) => part.value)).toEqual(['the']);
  });

  it('ignores punctuation and case when asked, showing the newer wording', () => {
    expect(
      createWordDiff('The Ministers stressed “peace”.', 'the Ministers stressed peace.', {
        ignoreCase: true,
        ignorePunctuation: true,
      }),
    ).toEqual([{ value: 'the Ministers stressed peace.' }]);
  });

  it('gives a single common part for identical texts, and all-added from nothing', () => {
    expect(createWordDiff('same words', 'same words')).toEqual([{ value: 'same words' }]);
    expect(createWordDiff('', 'new words')).toEqual([{ value: 'new words', added: true }]);
  });
});

describe('createWordDiff() on Japanese', () => {
  it('marks whole Japanese words, not the characters that differ', () => {
    expect(
      createWordDiff(
        '両大臣は、日米同盟の抑止力の強化を確認した。',
        '両大臣は、日米同盟の対処力の強化を確保した。',
      ),
    ).toEqual([
      { value: '両大臣は、日米同盟の' },
      { value: '抑止', removed: true },
      { value: '対処', added: true },
      { value: '力の強化を' },
      { value: '確認', removed: true },
      { value: '確保', added: true },
      { value: 'した。' },
    ]);
  });

  it('ignores Japanese quotes and punctuation when asked', () => {
    expect(
      createWordDiff('「台湾海峡」の平和と安定。', '台湾海峡の平和と安定', {
        ignorePunctuation: true,
      }),
    ).toEqual([{ value: '台湾海峡の平和と安定' }]);
  });
});

describe('diff shaping', () => {
  it('toDiffPart() drops counts and false flags', () => {
    expect(toDiffPart({ value: 'a', added: false, removed: false, count: 1 })).toEqual({
      value: 'a',
    });
    expect(toDiffPart({ value: 'b', added: true, removed: false, count: 1 })).toEqual({
      value: 'b',
      added: true,
    });
  });

  it('ignorePunctuation() drops removed punctuation and keeps added punctuation as common', () => {
    expect(ignorePunctuation({ value: '“', removed: true })).toEqual([]);
    expect(ignorePunctuation({ value: '”.', added: true })).toEqual([{ value: '”.' }]);
    expect(ignorePunctuation({ value: 'word', added: true })).toEqual([
      { value: 'word', added: true },
    ]);
  });

  it('mergeParts() joins neighbours of the same kind', () => {
    expect(
      mergeParts([
        { value: 'a ' },
        { value: 'b' },
        { value: 'c', added: true },
        { value: 'd', added: true },
      ]),
    ).toEqual([{ value: 'a b' }, { value: 'cd', added: true }]);
  });
});
