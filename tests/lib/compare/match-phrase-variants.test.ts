import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/load-corpus';
import { loadPhrases, readPhrases } from '@/lib/corpus/load-phrases';
import { matchPhraseVariants } from '@/lib/compare/match-phrase-variants';
import { tokenizeForPhrases } from '@/lib/compare/tokenize-for-phrases';
import type { Phrase } from '@/lib/types';
import { DATA_DIR, FIXED_THEME_IDS } from '../../helpers';

const phrases = loadPhrases(DATA_DIR);
const phrase = (id: string): Phrase => phrases.find((candidate) => candidate.id === id)!;

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

  it('keeps hyphenated words and apostrophes whole', () => {
    expect(tokenizeForPhrases('cross‑Strait issues, Japan’s')).toEqual([
      'cross-strait',
      'issue',
      "japan's",
    ]);
  });
});

describe('matchPhraseVariants()', () => {
  const taiwan = phrase('taiwan-peace-stability');

  it('tells "of", "across" and "in" the Taiwan Strait apart', () => {
    expect(
      matchPhraseVariants(taiwan, 'the importance of peace and stability of the Taiwan Strait.'),
    ).toEqual(['of']);
    expect(
      matchPhraseVariants(taiwan, 'stressed “peace and stability across the Taiwan Strait”'),
    ).toEqual(['across']);
    expect(
      matchPhraseVariants(taiwan, 'underscored "peace and stability in the Taiwan Strait"'),
    ).toEqual(['in']);
    expect(
      matchPhraseVariants(taiwan, 'the Taiwan Strait must remain peaceful and stable'),
    ).toEqual([]);
  });

  it('tolerates plurals, articles and curly quotes', () => {
    expect(matchPhraseVariants(taiwan, 'Peace and stability across Taiwan Straits')).toEqual([
      'across',
    ]);
    const resolution = phrase('cross-strait-resolution');
    expect(
      matchPhraseVariants(resolution, 'a ‘peaceful resolution of the cross-Strait issue’'),
    ).toEqual(['resolution']);
  });

  it('lets "…" stand for a few words, and no more than eight', () => {
    const senkaku = phrase('senkaku-article-v');
    expect(
      matchPhraseVariants(
        senkaku,
        'Article V of the Security Treaty applies to the Senkaku Islands.',
      ),
    ).toEqual(['applies-to']);
    expect(
      matchPhraseVariants(senkaku, 'defense under Article V, “which includes the Senkaku Islands”'),
    ).toEqual(['includes']);
    expect(
      matchPhraseVariants(
        senkaku,
        'Article V was discussed at length among many officials over several long days, and it applies to the Senkaku Islands',
      ),
    ).toEqual([]);
  });

  it('counts only the longer variant where one lies inside another', () => {
    const statusQuo = phrase('status-quo-by-force');
    expect(
      matchPhraseVariants(statusQuo, 'efforts to alter the status quo “by force or coercion”'),
    ).toEqual(['force-or-coercion']);
    expect(
      matchPhraseVariants(
        statusQuo,
        'a unilateral change to the status quo by force that poses a challenge',
      ),
    ).toEqual(['unilateral-change']);
    expect(matchPhraseVariants(statusQuo, 'any change to the status quo by force')).toEqual([
      'by-force',
    ]);
    expect(matchPhraseVariants(statusQuo, 'alter the status quo by coercion')).toEqual([
      'coercion',
    ]);
  });
});

describe('readPhrases()', () => {
  function corpusWith(phrasesJson: unknown): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'phrases-'));
    cpSync(path.join(DATA_DIR, 'themes.json'), path.join(dir, 'themes.json'));
    writeFileSync(path.join(dir, 'phrases.json'), JSON.stringify(phrasesJson));
    return dir;
  }

  it('reads the bundled phrases: short, each tracked for known themes', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(10);
    for (const { themes, variants } of phrases) {
      for (const theme of themes) expect(FIXED_THEME_IDS).toContain(theme);
      for (const variant of variants) expect(variant.text.split(/\s+/).length).toBeLessThan(10);
    }
  });

  it('names the file and the field of each problem', () => {
    const dir = corpusWith({
      phrases: [
        { id: 'a', label: 'A', themes: ['atlantis'], variants: [{ id: 'x', text: 'words' }] },
        { id: 'a', label: 'B', themes: ['senkaku'], variants: [] },
      ],
    });
    expect(() => readPhrases(dir, FIXED_THEME_IDS)).toThrow(CorpusError);
    try {
      readPhrases(dir, FIXED_THEME_IDS);
    } catch (error) {
      const problems = (error as CorpusError).problems.join('\n');
      expect(problems).toMatch(/phrases\.json: phrases\.1\.variants: needs at least one variant/);
    }
    const second = corpusWith({
      phrases: [
        { id: 'a', label: 'A', themes: ['atlantis'], variants: [{ id: 'x', text: 'words' }] },
        { id: 'a', label: 'B', themes: ['senkaku'], variants: [{ id: 'x', text: 'more words' }] },
      ],
    });
    expect(() => readPhrases(second, FIXED_THEME_IDS)).toThrow(
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
    expect(() => readPhrases(dir, FIXED_THEME_IDS)).toThrow(
      /phrases\.0\.variants\.0\.text: must be a short formula phrase/,
    );
  });

  it('reads no phrases from a corpus without phrases.json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phrases-'));
    expect(readPhrases(dir, FIXED_THEME_IDS)).toEqual([]);
  });
});
