import { describe, expect, it } from 'vitest';
import { createComparisonCsv } from '@/lib/export/create-comparison-csv';
import { createComparisonMarkdown } from '@/lib/export/create-comparison-markdown';
import { comparisonExportWordsOf } from '@/lib/export/comparison-export-words';
import type { Comparison } from '@/lib/compare/create-comparison';
import { toEventSummary } from '@/lib/corpus/to-event-summary';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR } from '../../helpers';

const corpus = loadCorpus(FIXTURE_CORPUS_DIR);
const event = findEvent(corpus, '2022-05-04-defense-ministerial')!;
const theme = {
  ...corpus.themes.find((item) => item.id === 'taiwan-strait')!,
  labelJa: '台湾海峡',
};
/** One column whose event has a Japanese title, and its statement on the theme. */
const comparison: Comparison = {
  theme: theme.id,
  baseline: null,
  columns: [
    {
      event: { ...toEventSummary(event), titleJa: 'テスト防衛相会談' },
      statements: event.statements.filter((statement) =>
        statement.themes.includes('taiwan-strait'),
      ),
    },
  ],
  changes: [],
  phrases: [],
};
const japanese = comparisonExportWordsOf('ja');

describe('comparisonExportWordsOf()', () => {
  it('createComparisonMarkdown() with the Japanese words heads the file with the Japanese label, title and date', () => {
    const markdown = createComparisonMarkdown(comparison, {
      theme,
      exportedOn: '2026-11-26',
      permalink: 'https://example.org/compare',
      words: japanese,
    });
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '# 台湾海峡：発言の比較',
      '2026年11月26日に日米同盟タイムラインから書き出し：https://example.org/compare',
    ]);
    expect(markdown).toContain('## 2022年5月4日：テスト防衛相会談');
    expect(markdown).toContain('日米防衛相会談 · 要約');
  });

  it('createComparisonCsv() with the Japanese words writes the Japanese title and keeps the ids and kinds', () => {
    const [, row] = createComparisonCsv(comparison, japanese).split('\r\n');
    expect(row).toMatch(
      /^taiwan-strait,2022-05-04-defense-ministerial,2022-05-04,テスト防衛相会談,defense-ministerial,summary,共同：/,
    );
  });
});
