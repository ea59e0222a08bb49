import type { Comparison, ComparisonColumn } from '../compare/create-comparison';
import { findPhraseVariantsOfEvent } from '../compare/find-phrase-variants-of-event';
import { formatCsv } from '../text/format-csv';
import { comparisonExportWordsOf, type ComparisonExportWords } from './comparison-export-words';

/**
 * A comparison as CSV (RFC 4180), one row per event in date order: the event, its statements on
 * the theme, the event it is compared with, the words added and removed, and, one column per
 * formula phrase, the variants it used ("(first use)" marking the corpus's first). `words` head
 * the columns and name the speakers (English by default); ids, dates, kinds and provenances are
 * written as the API gives them, in either language.
 */
export function createComparisonCsv(
  comparison: Comparison,
  words: ComparisonExportWords = comparisonExportWordsOf(),
): string {
  const header = [...words.csvHeader, ...comparison.phrases.map((phrase) => phrase.label)];
  const rows = comparison.columns.map((column) => {
    const change = comparison.changes.find((candidate) => candidate.to === column.event.id);
    const changed = (flag: 'added' | 'removed') =>
      (change?.parts ?? [])
        .filter((part) => part[flag])
        .map((part) => part.value.trim())
        .join(' | ');
    return [
      comparison.theme,
      column.event.id,
      column.event.date,
      words.title(column.event),
      column.event.kind,
      column.event.provenance,
      joinStatementsIn(column, words),
      change?.from ?? '',
      changed('added'),
      changed('removed'),
      ...comparison.phrases.map((phrase) =>
        findPhraseVariantsOfEvent(phrase, column.event.id)
          .map((variant) => `${variant.text}${variant.first ? words.firstUse : ''}`)
          .join('; '),
      ),
    ];
  });
  return formatCsv([header, ...rows]);
}

/** A column's statements in one cell, each after its speaker ("Joint: …", "共同：…"). */
function joinStatementsIn(column: ComparisonColumn, words: ComparisonExportWords): string {
  return column.statements
    .map((statement) => `${words.speaker(statement.speaker)}${words.colon}${statement.text}`)
    .join(' ');
}
