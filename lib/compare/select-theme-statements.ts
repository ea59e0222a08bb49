import type { EventDetail, Statement } from '../types';
import { isOnTheme } from '../corpus/is-on-theme';

/** An event's statements tagged with the theme, in document order. */
export function selectThemeStatements(event: EventDetail, theme: string): Statement[] {
  return event.statements.filter((statement) => isOnTheme(statement, theme));
}

/** The events with at least one statement on the theme, in their given (date) order. */
export function findThemeEvents(events: EventDetail[], theme: string): EventDetail[] {
  return events.filter((event) =>
    event.statements.some((statement) => isOnTheme(statement, theme)),
  );
}
