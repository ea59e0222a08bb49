import { normalizeForMatching } from '../text/unify-marks';
import type { EventQuery } from '../http/parse-event-query';
import type { EventDetail } from '../types';

/** The events that match every filter of the query, in their given order. */
export function filterEvents(events: EventDetail[], query: EventQuery): EventDetail[] {
  const words = query.q ? normalizeForMatching(query.q).toLowerCase() : null;
  return events.filter(
    (event) =>
      isThemeMatch(event.themes, query) &&
      (!query.from || event.date >= query.from) &&
      (!query.to || event.date <= query.to) &&
      (!query.kinds.length || query.kinds.includes(event.kind)) &&
      (!words || isTextMatch(event, words)),
  );
}

/** Whether an event's themes pass a theme filter: any (or all) of the selected; none selected passes. */
export function isThemeMatch(
  themes: string[],
  query: Pick<EventQuery, 'themes' | 'match'>,
): boolean {
  if (!query.themes.length) return true;
  return query.match === 'all'
    ? query.themes.every((id) => themes.includes(id))
    : query.themes.some((id) => themes.includes(id));
}

function isTextMatch(event: EventDetail, words: string): boolean {
  return [event.title, ...event.statements.map((statement) => statement.text)].some((text) =>
    normalizeForMatching(text).toLowerCase().includes(words),
  );
}
