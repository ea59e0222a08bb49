import type { EventDetail } from './types';

/** One cell of the recurrence matrix: how many statements of an event speak of a theme. */
export interface RecurrenceCell {
  theme: string;
  event: string;
  statements: number;
}

export interface Recurrence {
  themes: string[];
  /** Event ids in date order. */
  events: string[];
  /** Only the cells with at least one statement. */
  cells: RecurrenceCell[];
}

/** Counts statements per theme per event, for the given themes (rows) and events (columns). */
export function computeRecurrence(events: EventDetail[], themes: string[]): Recurrence {
  const cells: RecurrenceCell[] = [];
  for (const event of events) {
    for (const theme of themes) {
      const statements = event.statements.filter((statement) =>
        statement.themes.includes(theme),
      ).length;
      if (statements) cells.push({ theme, event: event.id, statements });
    }
  }
  return { themes, events: events.map((event) => event.id), cells };
}
