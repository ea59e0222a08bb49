import type { Recurrence, RecurrenceCell, RecurrenceColumn } from './compute-recurrence';
import { formatCount } from '../text/format-count';

/** The most event columns the matrix shows before it gathers them into bins. */
export const MAX_MATRIX_COLUMNS = 100;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A recurrence with more than `max` event columns, its columns gathered by year (or, when they all
 * fall in one year, by month): a bin's cell counts the statements on its theme in all the bin's
 * events. Columns are bins with `bin` set, ids the year (`2021`) or month (`2021-03`), which no
 * event id can be. A recurrence within `max` comes back as it is.
 */
export function binRecurrence(recurrence: Recurrence, max = MAX_MATRIX_COLUMNS): Recurrence {
  const { columns } = recurrence;
  if (columns.length <= max) return recurrence;
  const byYear = columns[0]!.date.slice(0, 4) !== columns.at(-1)!.date.slice(0, 4);
  const keyOf = (date: string) => date.slice(0, byYear ? 4 : 7);
  const bins = new Map<string, RecurrenceColumn & { bin: NonNullable<RecurrenceColumn['bin']> }>();
  const binOfEvent = new Map<string, string>();
  for (const column of columns) {
    const key = keyOf(column.date);
    binOfEvent.set(column.id, key);
    const bin = bins.get(key);
    if (bin) bin.bin.events += 1;
    else bins.set(key, createBinColumn(key, column.date));
  }
  const counts = new Map<string, RecurrenceCell>();
  for (const cell of recurrence.cells) {
    const event = binOfEvent.get(cell.event)!;
    const key = `${cell.theme} ${event}`;
    const sum = counts.get(key);
    if (sum) sum.statements += cell.statements;
    else counts.set(key, { theme: cell.theme, event, statements: cell.statements });
  }
  const binned = [...bins.values()].map((column) => ({
    ...column,
    title: `${formatCount(column.bin.events)} ${column.bin.events === 1 ? 'event' : 'events'} in ${column.label}`,
  }));
  return {
    themes: recurrence.themes,
    events: binned.map((column) => column.id),
    columns: binned,
    cells: [...counts.values()],
  };
}

/** Whether a recurrence's columns are bins of events rather than events. */
export function isBinned(recurrence: Recurrence): boolean {
  return recurrence.columns[0]?.bin !== undefined;
}

function createBinColumn(key: string, date: string) {
  const year = Number(key.slice(0, 4));
  const month = key.length > 4 ? Number(key.slice(5, 7)) : null;
  const to =
    month === null
      ? `${key}-12-31`
      : `${key}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  return {
    id: key,
    title: '',
    label: month === null ? key : `${MONTHS[month - 1]} ${year}`,
    date,
    bin: { from: month === null ? `${key}-01-01` : `${key}-01`, to, events: 1 },
  };
}
