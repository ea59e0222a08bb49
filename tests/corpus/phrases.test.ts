import { describe, expect, it } from 'vitest';
import { matchPhraseVariants } from '@/lib/compare/match-phrase-variants';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadPhrases } from '@/lib/corpus/load-phrases';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { DATA_DIR } from '../helpers';

const phrases = loadPhrases(DATA_DIR);
const themeIds = themeIdsOf(loadCorpus(DATA_DIR).themes);

describe('data/phrases.json', () => {
  it('tracks the phrases the comparisons of the Taiwan Strait and the Senkaku Islands show', () => {
    expect(phrases.map((phrase) => phrase.id)).toEqual(
      expect.arrayContaining([
        'taiwan-peace-stability',
        'cross-strait-resolution',
        'senkaku-article-v',
        'status-quo-by-force',
      ]),
    );
  });

  it.each(phrases.map((phrase) => [phrase.id, phrase] as const))(
    '%s is tracked for themes of the taxonomy, in short variants',
    (_, { themes, variants }) => {
      expect(themeIds).toEqual(expect.arrayContaining(themes));
      expect(variants.map((variant) => variant.text.split(/\s+/).length <= 9)).not.toContain(false);
    },
  );

  it('tells the Taiwan Strait’s "of", "across" and "in" apart', () => {
    const peace = phrases.find((phrase) => phrase.id === 'taiwan-peace-stability')!;
    expect(
      ['of', 'across', 'in'].map((word) =>
        matchPhraseVariants(peace, `peace and stability ${word} the Taiwan Strait`),
      ),
    ).toEqual([['of'], ['across'], ['in']]);
  });
});
