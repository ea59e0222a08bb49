import type { EventDetail } from '../types';

/** One cell of the recurrence matrix: how many statements of an event speak of a theme. */
export interface RecurrenceCell {
  theme: string;
  event: string;
  statements: number;
}

/** A column of the matrix: the event's id, title and date (`YYYY-MM-DD`). */
export interface RecurrenceColumn {
  id: string;
  title: string;
  /** The event's short label ("Kishi-Austin, Pentagon"), where the recurrence was given one. */
  label?: string;
  /** The title and label in Japanese, where the event gives them. */
  titleJa?: string;
  labelJa?: string;
  date: string;
  /**
   * Set where the column gathers several events (binRecurrence): the period it covers, both days
   * included, and how many events fall in it. Its id is then the period, not an event's.
   */
  bin?: { from: string; to: string; events: number };
}

export interface Recurrence {
  themes: string[];
  /** Event ids in date order. */
  events: string[];
  /** The same events with what a column header needs, in the same order. */
  columns: RecurrenceColumn[];
  /** Only the cells with at least one statement. */
  cells: RecurrenceCell[];
}

/**
 * Counts statements per theme per event, for the given themes (rows) and events (columns).
 * `checkDeadline` is called before each event and may throw to stop a request that ran too long.
 */
export function computeRecurrence(
  events: EventDetail[],
  themes: string[],
  checkDeadline: () => void = () => {},
): Recurrence {
  const cells: RecurrenceCell[] = [];
  const counts = new Map<string, number>();
  for (const event of events) {
    checkDeadline();
    // One pass over the statements, not one per theme.
    counts.clear();
    for (const statement of event.statements)
      for (const theme of new Set(statement.themes))
        counts.set(theme, (counts.get(theme) ?? 0) + 1);
    for (const theme of themes) {
      const statements = counts.get(theme);
      if (statements) cells.push({ theme, event: event.id, statements });
    }
  }
  return {
    themes,
    events: events.map((event) => event.id),
    columns: events.map(({ id, title, label, titleJa, labelJa, date }) => ({
      id,
      title,
      label,
      ...(titleJa ? { titleJa } : {}),
      ...(labelJa ? { labelJa } : {}),
      date,
    })),
    cells,
  };
}

/** How a cell stands in its row: the theme's first appearance, a return after an absence, its last. */
export type RecurrenceMark = 'first' | 'return' | 'last';

/** One theme's row over the columns of a recurrence, in column order. */
export interface RecurrenceRow {
  theme: string;
  /** Statements per column, 0 where the event does not speak of the theme. */
  counts: number[];
  /** Statements on the theme across all columns. */
  statements: number;
  /** Columns where the theme appears. */
  events: number;
  /** Column index of the first appearance; null if the theme never appears. */
  first: number | null;
  /** Column index of the last appearance; null if the theme never appears. */
  last: number | null;
  /**
   * Column indices where the theme comes back: it appears there and not in the column before.
   * The first appearance is not a return.
   */
  returns: number[];
}

/** One row per theme of the recurrence, in its theme order, with totals and marks. */
export function computeRecurrenceRows(recurrence: Recurrence): RecurrenceRow[] {
  const columnIndex = new Map(recurrence.events.map((id, index) => [id, index]));
  const counts = new Map(
    recurrence.themes.map((theme) => [theme, new Array<number>(recurrence.events.length).fill(0)]),
  );
  for (const cell of recurrence.cells) {
    const index = columnIndex.get(cell.event);
    const row = counts.get(cell.theme);
    if (row && index !== undefined) row[index] = cell.statements;
  }
  return recurrence.themes.map((theme) => createRecurrenceRow(theme, counts.get(theme)!));
}

/** A row from its statement counts per column. */
export function createRecurrenceRow(theme: string, counts: number[]): RecurrenceRow {
  let statements = 0;
  let events = 0;
  let first: number | null = null;
  let last: number | null = null;
  const returns: number[] = [];
  counts.forEach((count, index) => {
    if (!count) return;
    statements += count;
    events += 1;
    if (first === null) first = index;
    else if (!counts[index - 1]) returns.push(index);
    last = index;
  });
  return { theme, counts, statements, events, first, last, returns };
}

/** The marks of one cell of a row, in the order first, return, last; none for an empty cell. */
export function recurrenceMarksOf(row: RecurrenceRow, index: number): RecurrenceMark[] {
  const marks: RecurrenceMark[] = [];
  if (index === row.first) marks.push('first');
  if (isReturn(row, index)) marks.push('return');
  if (index === row.last) marks.push('last');
  return marks;
}

function isReturn(row: RecurrenceRow, index: number): boolean {
  return Boolean(row.counts[index]) && index !== row.first && !row.counts[index - 1];
}
