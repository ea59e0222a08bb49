import type { RecurrenceMark } from './compute-recurrence';

/** The symbol a cell shows for each mark; the legend explains them. */
export const MARK_SYMBOLS: Record<RecurrenceMark, string> = { first: '▶', return: '↩', last: '■' };

/** What each mark means, in words: read out with the cell, shown in the legend and tooltip. */
export const MARK_LABELS: Record<RecurrenceMark, string> = {
  first: 'first appearance',
  return: 'return after an absence',
  last: 'last appearance so far',
};
