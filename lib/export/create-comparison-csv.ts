import type { Comparison } from '../compare/create-comparison';
import { joinStatements } from '../compare/create-comparison';
import { findPhraseVariantsOfEvent } from '../compare/find-phrase-variants-of-event';
import { formatCsv } from '../text/format-csv';

/**
 * A comparison as CSV (RFC 4180), one row per event in date order: the event, its statements on
 * the theme, the event it is compared with, the words added and removed, and, one column per
 * formula phrase, the variants it used ("(first use)" marking the corpus's first).
 */
export function createComparisonCsv(comparison: Comparison): string {
  const header = [
    'theme',
    'event',
    'date',
    'title',
    'kind',
    'provenance',
    'statements',
    'compared_with',
    'added',
    'removed',
    ...comparison.phrases.map((phrase) => phrase.label),
  ];
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
      column.event.title,
      column.event.kind,
      column.event.provenance,
      joinStatements(column),
      change?.from ?? '',
      changed('added'),
      changed('removed'),
      ...comparison.phrases.map((phrase) =>
        findPhraseVariantsOfEvent(phrase, column.event.id)
          .map((variant) => `${variant.text}${variant.first ? ' (first use)' : ''}`)
          .join('; '),
      ),
    ];
  });
  return formatCsv([header, ...rows]);
}
