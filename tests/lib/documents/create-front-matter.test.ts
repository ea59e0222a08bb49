import { describe, expect, it } from 'vitest';
import { createFrontMatter } from '@/lib/documents/create-front-matter';
import { readDraft } from '@/lib/reader/read-document';
import { bundledContext, readFixture } from '../../helpers';

const source = { url: 'https://www.mod.go.jp/j/press/example.html', publisher: '防衛省' };

describe('createFrontMatter()', () => {
  it('saves the source in the language the reader found, unless the source says', () => {
    const japanese = readDraft(readFixture('readouts/mod-ja-telecon.txt'), bundledContext());
    const english = readDraft(readFixture('readouts/white-house-call.txt'), bundledContext());
    const languageOf = (result: ReturnType<typeof createFrontMatter>) =>
      result.ok ? result.frontMatter.sources[0]?.language : result.message;
    expect(languageOf(createFrontMatter(japanese, { source }, '2021-01-24-telecon'))).toBe('ja');
    expect(languageOf(createFrontMatter(english, { source }, `${english.event.id}`))).toBe('en');
    expect(
      languageOf(
        createFrontMatter(
          japanese,
          { source: { ...source, language: 'en' } },
          '2021-01-24-telecon',
        ),
      ),
    ).toBe('en');
  });
});
