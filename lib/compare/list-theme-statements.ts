import { selectThemeStatements } from './select-theme-statements';
import type { EventDetail, Statement } from '../types';

/** An event's statements on one theme, for a reading list. */
export interface ThemeReading {
  event: Pick<EventDetail, 'id' | 'title' | 'titleJa' | 'date' | 'kind' | 'provenance'>;
  /** In document order; never empty. */
  statements: Statement[];
}

/** Every statement on the theme, grouped by event, events in their given (date) order. */
export function listThemeStatements(events: EventDetail[], themeId: string): ThemeReading[] {
  return events.flatMap((event) => {
    const { id, title, titleJa, date, kind, provenance } = event;
    const statements = selectThemeStatements(event, themeId);
    const reading = { id, title, ...(titleJa ? { titleJa } : {}), date, kind, provenance };
    return statements.length ? [{ event: reading, statements }] : [];
  });
}
