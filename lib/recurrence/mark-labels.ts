import type { RecurrenceMark } from './compute-recurrence';

/** The symbol a cell shows for each mark; the legend explains them. */
export const MARK_SYMBOLS: Record<RecurrenceMark, string> = { first: '▶', return: '↩', last: '■' };
