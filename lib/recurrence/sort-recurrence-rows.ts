import type { RecurrenceRow } from './compute-recurrence';

/** How the rows of the recurrence matrix are ordered. */
export const ROW_SORTS = ['first-seen', 'frequency', 'name'] as const;
export type RowSort = (typeof ROW_SORTS)[number];

/** `sort=` from a URL: one of ROW_SORTS, else `first-seen`. Never throws. */
export function parseRowSort(value: string | null | undefined): RowSort {
  return (ROW_SORTS as readonly string[]).includes(value ?? '') ? (value as RowSort) : 'first-seen';
}

/**
 * Rows in a new array, ordered by the first column they appear in (themes never seen last), by
 * statements (most first, then events), or by label. Ties keep the given (taxonomy) order.
 */
export function sortRecurrenceRows(
  rows: RecurrenceRow[],
  sort: RowSort,
  getLabel: (theme: string) => string,
): RecurrenceRow[] {
  const compare: Record<RowSort, (a: RecurrenceRow, b: RecurrenceRow) => number> = {
    'first-seen': (a, b) => (a.first ?? Infinity) - (b.first ?? Infinity),
    frequency: (a, b) => b.statements - a.statements || b.events - a.events,
    name: (a, b) => getLabel(a.theme).localeCompare(getLabel(b.theme), 'en'),
  };
  return rows.toSorted(compare[sort]);
}
