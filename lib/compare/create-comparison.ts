import { SPEAKER_LABELS } from '../corpus/speaker-labels';
import type { PhraseUsage } from './create-phrase-usage';
import { createWordDiff, type DiffPart } from './create-word-diff';
import type { CompareQuery } from '../http/parse-compare-query';
import { selectThemeStatements } from './select-theme-statements';
import { themePhraseUsageOf } from './theme-phrase-usage';
import { toEventSummary } from '../corpus/to-event-summary';
import type { Corpus, EventSummary, Phrase, Statement } from '../types';

/** One event in a comparison: its summary and its statements on the theme, in document order. */
export interface ComparisonColumn {
  event: EventSummary;
  statements: Statement[];
}

/** The words changed from one event's statements on the theme to another's. */
export interface ComparisonChange {
  /** Event id of the older side (the previous column, or the baseline). */
  from: string;
  /** Event id of the newer side. */
  to: string;
  parts: DiffPart[];
}

/** What the events said on a theme, how the wording changed, and which formula phrases they used. */
export interface Comparison {
  theme: string;
  /** The event every other is compared against, or null when each is compared with the one before. */
  baseline: string | null;
  /** In date order. */
  columns: ComparisonColumn[];
  /** One per column but the first (or but the baseline), in column order. */
  changes: ComparisonChange[];
  /** The phrases tracked for the theme, with their uses in these columns only. */
  phrases: PhraseUsage[];
}

/**
 * The comparison a parsed query asks for. `checkDeadline` is called before each column's diff
 * and may throw to stop a request that ran too long.
 */
export function createComparison(
  corpus: Corpus,
  phrases: Phrase[],
  query: CompareQuery,
  checkDeadline: () => void = () => {},
): Comparison {
  const compared = new Set(query.events);
  const columns = corpus.events
    .filter((event) => compared.has(event.id))
    .map((event) => ({
      event: toEventSummary(event),
      statements: selectThemeStatements(event, query.theme),
    }));
  const ids = columns.map((column) => column.event.id);
  const usage = themePhraseUsageOf(corpus, phrases, query.theme);
  return {
    theme: query.theme,
    baseline: query.baseline ?? null,
    columns,
    changes: createChanges(columns, query, checkDeadline),
    phrases: usage.map((phrase) => ({
      ...phrase,
      uses: phrase.uses.filter((use) => ids.includes(use.event)),
    })),
  };
}

/**
 * The text of a column, as the diff reads it: its statements joined by spaces, each after its
 * speaker ("Joint:", "Japan:", "U.S.:"), so a redline keeps who said what.
 */
export function joinStatements(column: ComparisonColumn): string {
  return column.statements
    .map((statement) => `${SPEAKER_LABELS[statement.speaker]}: ${statement.text}`)
    .join(' ');
}

function createChanges(
  columns: ComparisonColumn[],
  query: CompareQuery,
  checkDeadline: () => void,
): ComparisonChange[] {
  const options = {
    ignoreCase: query.ignore.includes('case'),
    ignorePunctuation: query.ignore.includes('punctuation'),
  };
  const baseline = columns.find((column) => column.event.id === query.baseline);
  return columns.flatMap((column, index) => {
    const from = baseline ?? columns[index - 1];
    if (!from || from === column) return [];
    checkDeadline();
    return [
      {
        from: from.event.id,
        to: column.event.id,
        parts: createWordDiff(joinStatements(from), joinStatements(column), options),
      },
    ];
  });
}
