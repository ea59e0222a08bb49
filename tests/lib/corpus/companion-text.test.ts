import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '@/lib/corpus/load-corpus';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { bilingualFixture, createBilingualCorpus, MEETING_ID } from '../bilingual/bilingual-corpus';

function problemsOf(dir: string): string[] {
  try {
    readCorpus(dir);
  } catch (error) {
    if (error instanceof CorpusError) return error.problems;
    throw error;
  }
  throw new Error('expected the corpus to be rejected');
}

const JAPANESE = bilingualFixture('meeting.ja.md');

describe('readCorpus() with companion texts', () => {
  it('readCorpus() takes <id>.ja.md as the Japanese text of event <id>, not as an event', () => {
    const corpus = readCorpus(createBilingualCorpus());
    expect(corpus.events.map((event) => event.id)).toEqual([MEETING_ID]);
  });

  it('readCorpus() refuses a Japanese text whose event is not in the corpus', () => {
    const problems = problemsOf(createBilingualCorpus({ '2022-05-05-telecon.ja.md': JAPANESE }));
    expect(problems).toEqual([
      expect.stringMatching(/2022-05-05-telecon\.ja\.md: there is no event "2022-05-05-telecon"/),
    ]);
  });

  it('readCorpus() refuses a Japanese text whose source is in another language', () => {
    const problems = problemsOf(
      createBilingualCorpus({
        [`${MEETING_ID}.ja.md`]: JAPANESE.replace('language: ja', 'language: en'),
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/\.ja\.md: sources\.0\.language: must be "ja"/),
    ]);
  });

  it('readCorpus() names the field a Japanese text lacks', () => {
    const problems = problemsOf(
      createBilingualCorpus({
        [`${MEETING_ID}.ja.md`]: JAPANESE.replace('provenance: summary\n', ''),
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/\.ja\.md: provenance: is required/)]);
  });

  it('readCorpus() refuses a Japanese text with no body', () => {
    const problems = problemsOf(
      createBilingualCorpus({
        [`${MEETING_ID}.ja.md`]: JAPANESE.replace(/---\n\n[\s\S]*$/, '---\n'),
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/\.ja\.md: body: is empty/)]);
  });
});

describe('loadEventTexts()', () => {
  it('loadEventTexts() reads the Japanese text into Japanese statements with their themes and speakers', () => {
    const corpus = readCorpus(createBilingualCorpus());
    const { english, japanese } = loadEventTexts(corpus, corpus.events[0]!);
    expect(english?.language).toBe('en');
    expect(english?.statements).toHaveLength(5);
    expect(japanese?.language).toBe('ja');
    expect(japanese?.sources[0]?.language).toBe('ja');
    expect(
      japanese?.statements
        .slice(1)
        .map((statement) => [statement.id, statement.section, statement.themes, statement.speaker]),
    ).toEqual([
      [`${MEETING_ID}-ja-s2`, '地域情勢', ['taiwan-strait'], 'joint'],
      [`${MEETING_ID}-ja-s3`, '地域情勢', ['senkaku'], 'us'],
      [`${MEETING_ID}-ja-s4`, '地域情勢', ['north-korea'], 'joint'],
      [`${MEETING_ID}-ja-s5`, '基地', ['okinawa'], 'japan'],
    ]);
    expect(japanese?.statements[0]?.section).toBeNull();
    expect(japanese?.themes).toEqual(['senkaku', 'taiwan-strait', 'north-korea', 'okinawa']);
  });

  it('loadEventTexts() gives no Japanese text where the corpus holds none', () => {
    const corpus = readCorpus(createBilingualCorpus({}));
    expect(loadEventTexts(corpus, corpus.events[0]!).japanese).toBeNull();
  });
});
