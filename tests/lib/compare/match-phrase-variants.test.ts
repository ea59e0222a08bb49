import { describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/load-corpus';
import { loadPhrases, readPhrases } from '@/lib/corpus/load-phrases';
import { matchPhraseVariants } from '@/lib/compare/match-phrase-variants';
import { tokenizeForPhrases } from '@/lib/compare/tokenize-for-phrases';
import type { Phrase } from '@/lib/types';
import { FIXTURE_CORPUS_DIR, createCorpusDir } from '../../helpers';

/** A phrase tracked for the Senkaku Islands, with variants by id. */
function createPhrase(id: string, variants: Record<string, string>): Phrase {
  return {
    id,
    label: id,
    themes: ['senkaku'],
    variants: Object.entries(variants).map(([variant, text]) => ({ id: variant, text })),
  };
}

const FIXTURE_THEME_IDS = ['senkaku', 'taiwan-strait', 'north-korea', 'okinawa'];

describe('tokenizeForPhrases()', () => {
  it('drops case, quotes, punctuation and articles, and makes plurals singular', () => {
    expect(tokenizeForPhrases('the “Senkaku Islands”, changes to THE status quo')).toEqual([
      'senkaku',
      'island',
      'change',
      'to',
      'status',
      'quo',
    ]);
  });

  it('keeps hyphenated words and apostrophes whole, whatever the dash or apostrophe', () => {
    expect(tokenizeForPhrases('cross‑Strait issues, Japan’s')).toEqual([
      'cross-strait',
      'issue',
      'japan’s',
    ]);
    expect(tokenizeForPhrases("cross-Strait issues, Japan's")).toEqual(
      tokenizeForPhrases('cross–Strait issues, Japan’s'),
    );
  });
});

describe('matchPhraseVariants()', () => {
  const calm = createPhrase('calm', {
    of: 'peace and stability of the Taiwan Strait',
    across: 'peace and stability across the Taiwan Strait',
    in: 'peace and stability in the Taiwan Strait',
  });

  it('tells "of", "across" and "in" the Taiwan Strait apart', () => {
    expect(
      matchPhraseVariants(calm, 'the importance of peace and stability of the Taiwan Strait.'),
    ).toEqual(['of']);
    expect(
      matchPhraseVariants(calm, 'stressed “peace and stability across the Taiwan Strait”'),
    ).toEqual(['across']);
    expect(
      matchPhraseVariants(calm, 'underscored "peace and stability in the Taiwan Strait"'),
    ).toEqual(['in']);
    expect(matchPhraseVariants(calm, 'the Taiwan Strait must remain peaceful and stable')).toEqual(
      [],
    );
  });

  it('tolerates plurals, articles and curly quotes', () => {
    expect(matchPhraseVariants(calm, 'Peace and stability across Taiwan Straits')).toEqual([
      'across',
    ]);
    const settlement = createPhrase('settlement', {
      settlement: 'peaceful settlement of cross-Strait issues',
    });
    expect(
      matchPhraseVariants(settlement, 'a ‘peaceful settlement of the cross‑Strait issue’'),
    ).toEqual(['settlement']);
  });

  it('lets "…" stand for a few words, and no more than eight', () => {
    const cover = createPhrase('cover', {
      covers: 'the treaty … covers the Senkaku Islands',
      includes: 'the treaty … which includes the Senkaku Islands',
    });
    expect(matchPhraseVariants(cover, 'The treaty of 1960 covers the Senkaku Islands.')).toEqual([
      'covers',
    ]);
    expect(
      matchPhraseVariants(cover, 'defense under the treaty, “which includes the Senkaku Islands”'),
    ).toEqual(['includes']);
    expect(
      matchPhraseVariants(
        cover,
        'The treaty was discussed at length among many officials over several long days, and it covers the Senkaku Islands',
      ),
    ).toEqual([]);
  });

  it('counts only the longer variant where one lies inside another', () => {
    const byForce = createPhrase('by-force', {
      'unilateral-change': 'a unilateral change to the status quo by force',
      'force-or-coercion': 'the status quo by force or coercion',
      coercion: 'the status quo by coercion',
      'by-force': 'the status quo by force',
    });
    expect(
      matchPhraseVariants(byForce, 'efforts to alter the status quo “by force or coercion”'),
    ).toEqual(['force-or-coercion']);
    expect(
      matchPhraseVariants(byForce, 'a unilateral change to the status quo by force that worries'),
    ).toEqual(['unilateral-change']);
    expect(matchPhraseVariants(byForce, 'any change to the status quo by force')).toEqual([
      'by-force',
    ]);
    expect(matchPhraseVariants(byForce, 'alter the status quo by coercion')).toEqual(['coercion']);
  });
});

describe('matchPhraseVariants() in Japanese', () => {
  const calm = createPhrase('calm', {
    in: 'peace and stability in the Taiwan Strait',
    ja: '台湾海峡の平和と安定',
  });
  const byForce = createPhrase('by-force', {
    'unilateral-change': 'a unilateral change to the status quo by force',
    'ja-attempts': '力による一方的な現状変更の試み',
    'ja-change': '力による一方的な現状変更',
  });
  const articleV = createPhrase('article-v', { 'ja-applies-to': '第5条 … 尖閣諸島に適用' });

  it('finds the Japanese form within a Japanese sentence, which has no spaces', () => {
    expect(
      matchPhraseVariants(calm, '両首脳は、台湾海峡の平和と安定の重要性を改めて強調した。'),
    ).toEqual(['ja']);
    expect(matchPhraseVariants(calm, '両首脳は、インド太平洋地域の平和と安定を確認した。')).toEqual(
      [],
    );
  });

  it('counts only the longer Japanese variant where one lies inside another', () => {
    expect(
      matchPhraseVariants(
        byForce,
        '両大臣は、東シナ海における力による一方的な現状変更の試みに強く反対した。',
      ),
    ).toEqual(['ja-attempts']);
    expect(
      matchPhraseVariants(byForce, 'いかなる力による一方的な現状変更も認められない。'),
    ).toEqual(['ja-change']);
  });

  it('lets "…" stand for a few Japanese words, and reads full-width digits as ordinary ones', () => {
    expect(
      matchPhraseVariants(
        articleV,
        '長官は、日米安全保障条約第５条が尖閣諸島に適用されることを確認した。',
      ),
    ).toEqual(['ja-applies-to']);
  });
});

describe('tokenizeForPhrases() in Japanese', () => {
  it('splits Japanese into words with the segmenter, without punctuation', () => {
    expect(tokenizeForPhrases('「台湾海峡の平和と安定」。')).toEqual([
      '台湾',
      '海峡',
      'の',
      '平和',
      'と',
      '安定',
    ]);
  });
});

describe('loadPhrases()', () => {
  it('reads a corpus’s phrases.json', () => {
    expect(loadPhrases(FIXTURE_CORPUS_DIR)).toEqual([
      {
        id: 'strait-calm',
        label: 'Peace and stability … Taiwan Strait',
        themes: ['taiwan-strait'],
        variants: [
          { id: 'of', text: 'peace and stability of the Taiwan Strait' },
          { id: 'across', text: 'peace and stability across the Taiwan Strait' },
          { id: 'in', text: 'peace and stability in the Taiwan Strait' },
        ],
      },
    ]);
  });
});

describe('readPhrases()', () => {
  const corpusWith = (phrases: unknown) =>
    createCorpusDir({ 'phrases.json': JSON.stringify(phrases) });

  it('names the file and the field of each problem', () => {
    const empty = corpusWith({
      phrases: [{ id: 'a', label: 'B', themes: ['senkaku'], variants: [] }],
    });
    expect(() => readPhrases(empty, FIXTURE_THEME_IDS)).toThrow(CorpusError);
    expect(() => readPhrases(empty, FIXTURE_THEME_IDS)).toThrow(
      /phrases\.json: phrases\.0\.variants: needs at least one variant/,
    );
    const twice = corpusWith({
      phrases: [
        { id: 'a', label: 'A', themes: ['atlantis'], variants: [{ id: 'x', text: 'words' }] },
        { id: 'a', label: 'B', themes: ['senkaku'], variants: [{ id: 'x', text: 'more words' }] },
      ],
    });
    expect(() => readPhrases(twice, FIXTURE_THEME_IDS)).toThrow(
      /phrases\.json: phrases\.0\.themes\.0: unknown theme "atlantis"[\s\S]*phrases\.1\.id: "a" is used twice/,
    );
  });

  it('refuses a variant long enough to be copied text', () => {
    const dir = corpusWith({
      phrases: [
        {
          id: 'long',
          label: 'Long',
          themes: ['senkaku'],
          variants: [{ id: 'x', text: 'one two three four five six seven eight nine ten' }],
        },
      ],
    });
    expect(() => readPhrases(dir, FIXTURE_THEME_IDS)).toThrow(
      /phrases\.0\.variants\.0\.text: must be a short formula phrase/,
    );
  });

  it('counts a Japanese variant’s words with the segmenter, refusing a long one', () => {
    const dir = corpusWith({
      phrases: [
        {
          id: 'long',
          label: 'Long',
          themes: ['senkaku'],
          variants: [
            { id: 'short', text: '力による一方的な現状変更の試み' },
            { id: 'long', text: '両大臣は台湾海峡の平和と安定の重要性を改めて強調した' },
          ],
        },
      ],
    });
    const problems = (() => {
      try {
        readPhrases(dir, FIXTURE_THEME_IDS);
        return [];
      } catch (error) {
        return (error as CorpusError).problems;
      }
    })();
    expect(problems).toEqual([
      expect.stringMatching(/phrases\.0\.variants\.1\.text: must be a short formula phrase/),
    ]);
  });

  it('reads no phrases from a corpus without phrases.json', () => {
    expect(readPhrases(createCorpusDir(), FIXTURE_THEME_IDS)).toEqual([]);
  });
});
