import { describe, expect, it } from 'vitest';
import { createLanguageComparison } from '@/lib/compare/create-language-comparison';
import { readCorpus } from '@/lib/corpus/load-corpus';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { createLanguageCorpus } from './language-corpus';

function comparisonOf() {
  const corpus = readCorpus(createLanguageCorpus());
  const { english, japanese } = loadEventTexts(corpus, corpus.events[0]!);
  return createLanguageComparison(english!, japanese!, themeIdsOf(corpus.themes));
}

describe('createLanguageComparison()', () => {
  it('createLanguageComparison() lists every theme either text raises, in taxonomy order, marking who raises it', () => {
    const comparison = comparisonOf();
    expect(comparison.themes.map(({ theme, raisedIn }) => [theme, raisedIn])).toEqual([
      ['senkaku', 'english'],
      ['taiwan-strait', 'both'],
      ['north-korea', 'japanese'],
      ['okinawa', 'both'],
    ]);
    expect(comparison.onlyJapanese).toEqual(['north-korea']);
    expect(comparison.onlyEnglish).toEqual(['senkaku']);
  });

  it('createLanguageComparison() sets the statements on a theme beside each other by aligned section', () => {
    const strait = comparisonOf().themes.find((item) => item.theme === 'taiwan-strait')!;
    expect(strait.rows).toHaveLength(1);
    expect(strait.rows[0]).toMatchObject({
      englishSection: 'Regional affairs',
      japaneseSection: '地域情勢',
    });
    expect(strait.rows[0]!.english.map((statement) => statement.text)).toEqual([
      'The Ministers stressed peace and stability across the Taiwan Strait.',
    ]);
    expect(strait.rows[0]!.japanese.map((statement) => statement.text)).toEqual([
      '両大臣は、台湾海峡の平和と安定が重要であることで一致した。',
    ]);
  });

  it('createLanguageComparison() shows what only the Japanese says with no English beside it', () => {
    const korea = comparisonOf().themes.find((item) => item.theme === 'north-korea')!;
    expect(korea.rows).toEqual([
      expect.objectContaining({
        englishSection: 'Regional affairs',
        japaneseSection: '地域情勢',
        english: [],
      }),
    ]);
    expect(korea.rows[0]!.japanese[0]!.text).toContain('北朝鮮');
  });
});
