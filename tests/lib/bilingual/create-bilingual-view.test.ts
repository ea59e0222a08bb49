import { describe, expect, it } from 'vitest';
import { createBilingualView } from '@/lib/bilingual/create-bilingual-view';
import { readCorpus } from '@/lib/corpus/load-corpus';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { bilingualFixture, createBilingualCorpus, MEETING_ID } from './bilingual-corpus';

function viewOf(japanese: string) {
  const corpus = readCorpus(createBilingualCorpus({ [`${MEETING_ID}.ja.md`]: japanese }));
  const texts = loadEventTexts(corpus, corpus.events[0]!);
  return createBilingualView(texts.english!, texts.japanese!, themeIdsOf(corpus.themes));
}

const titlesOf = (view: ReturnType<typeof viewOf>) =>
  view.sections.map((pair) => [pair.english?.title ?? null, pair.japanese?.title ?? null]);

describe('createBilingualView()', () => {
  it('createBilingualView() pairs numbered sections in order where both texts have as many', () => {
    const view = viewOf(bilingualFixture('meeting.ja.md'));
    expect(view.alignment).toBe('order');
    expect(titlesOf(view)).toEqual([
      [null, null],
      ['Regional affairs', '地域情勢'],
      ['Bases', '基地'],
    ]);
  });

  it('createBilingualView() marks the theme the Japanese raises and the English leaves out', () => {
    const view = viewOf(bilingualFixture('meeting.ja.md'));
    expect(view.onlyJapanese).toEqual(['north-korea']);
    expect(view.onlyEnglish).toEqual([]);
    expect(view.sections.map((pair) => pair.onlyJapanese)).toEqual([[], ['north-korea'], []]);
  });

  it('createBilingualView() pairs sections by their themes where the counts differ, and leaves the extra one alone', () => {
    const japanese = bilingualFixture('meeting.ja.md').replace(
      '両大臣は、北朝鮮による',
      '## 北朝鮮\n\n両大臣は、北朝鮮による',
    );
    const view = viewOf(japanese);
    expect(view.alignment).toBe('themes');
    expect(titlesOf(view)).toEqual([
      [null, null],
      ['Regional affairs', '地域情勢'],
      [null, '北朝鮮'],
      ['Bases', '基地'],
    ]);
    expect(view.sections[2]).toMatchObject({ english: null, onlyJapanese: ['north-korea'] });
  });

  it('createBilingualView() marks a section the Japanese leaves out on the English side', () => {
    const japanese = bilingualFixture('meeting.ja.md').replace(/\n## 基地[\s\S]*$/, '\n');
    const view = viewOf(japanese);
    expect(titlesOf(view)).toEqual([
      [null, null],
      ['Regional affairs', '地域情勢'],
      ['Bases', null],
    ]);
    expect(view.onlyEnglish).toEqual(['okinawa']);
    expect(view.sections[2]?.onlyEnglish).toEqual(['okinawa']);
  });
});
