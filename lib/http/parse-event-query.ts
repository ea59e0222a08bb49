import { invalidParameter, type Parsed } from './api-error';
import { isCalendarDate } from '../dates/is-calendar-date';
import { KINDS, type Kind } from '../types';
import { parseList } from '../url/parse-list';
import { parseQueryWords } from './parse-query-words';
import { parseThemeIds } from './parse-theme-ids';

/** Filters for lists of events. Every field is optional; an empty query matches everything. */
export interface EventQuery {
  /** Theme ids; an event matches when it has any (default) or all of them. */
  themes: string[];
  match: 'any' | 'all';
  /** Inclusive bounds on the event date, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  kinds: Kind[];
  /** Words to find in the title or the text, case-insensitive. */
  q?: string;
}

/**
 * Reads the filters of `/api/events` and `/api/recurrence` from search parameters, checking each
 * against the corpus's themes. The first problem found comes back as an error naming its parameter.
 */
export function parseEventQuery(params: URLSearchParams, themeIds: string[]): Parsed<EventQuery> {
  const themes = parseThemeIds(params, themeIds);
  if (!themes.ok) return themes;
  const match = params.get('match') ?? 'any';
  if (match !== 'any' && match !== 'all') {
    return invalidParameter('match', `match must be "any" or "all", not "${match}"`);
  }
  const dates: { from?: string; to?: string } = {};
  for (const param of ['from', 'to'] as const) {
    const value = params.get(param);
    if (value === null || value === '') continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return invalidParameter(param, `${param} must be a date written YYYY-MM-DD, not "${value}"`);
    }
    if (!isCalendarDate(value))
      return invalidParameter(param, `${param} "${value}" is not a real calendar date`);
    dates[param] = value;
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    return invalidParameter('from', `from (${dates.from}) is after to (${dates.to})`);
  }
  const kinds = parseList(params.get('kind'));
  const unknownKind = kinds.find((kind) => !(KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined) {
    return invalidParameter(
      'kind',
      `unknown kind "${unknownKind}"; known kinds: ${KINDS.join(', ')}`,
    );
  }
  const q = parseQueryWords(params);
  if (!q.ok) return q;
  return {
    ok: true,
    value: {
      themes: themes.value,
      match,
      ...dates,
      kinds: kinds as Kind[],
      ...(q.value ? { q: q.value } : {}),
    },
  };
}
