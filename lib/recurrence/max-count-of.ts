import type { RecurrenceRow } from './compute-recurrence';

/** The largest count in any cell of the rows; at least 1, so that it can divide. */
export function maxCountOf(rows: RecurrenceRow[]): number {
  let max = 1;
  for (const row of rows) for (const count of row.counts) if (count > max) max = count;
  return max;
}
