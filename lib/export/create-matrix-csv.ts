import type { Recurrence, RecurrenceRow } from '../recurrence/compute-recurrence';
import { formatCsv } from '../text/format-csv';

/** The headings of the matrix CSV's first six columns, in the language asked for. */
export interface MatrixCsvHeadings {
  theme: string;
  label: string;
  statements: string;
  events: string;
  firstSeen: string;
  lastSeen: string;
}

/**
 * The recurrence matrix as CSV (RFC 4180, CRLF line ends): one line per row in the given order,
 * `theme,label,statements,events,first_seen,last_seen` (in English; dates `YYYY-MM-DD`, empty if
 * never), then one column per event, headed by its id, holding the number of statements (0 where
 * none).
 */
export function createMatrixCsv(
  recurrence: Recurrence,
  rows: RecurrenceRow[],
  getLabel: (theme: string) => string,
  headings: MatrixCsvHeadings,
): string {
  const dateAt = (index: number | null) =>
    index === null ? '' : (recurrence.columns[index]?.date ?? '');
  const header = [
    headings.theme,
    headings.label,
    headings.statements,
    headings.events,
    headings.firstSeen,
    headings.lastSeen,
    ...recurrence.events,
  ];
  const lines = rows.map((row) => [
    row.theme,
    getLabel(row.theme),
    row.statements,
    row.events,
    dateAt(row.first),
    dateAt(row.last),
    ...row.counts,
  ]);
  return formatCsv([header, ...lines]);
}
