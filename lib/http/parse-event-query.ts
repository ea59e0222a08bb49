import { invalidParameter, type Parsed } from './api-error';
import { isCalendarDate } from '../dates/is-calendar-date';
import { KINDS, type Kind } from '../types';
import { parseListParam, parseSingleParam, quoteInput } from './parse-param';
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
 * against the corpus's themes. The first problem found comes back as an error naming its parameter:
 * an empty value, a repeated single-value parameter (`match`, `from`, `to`, `q`), a list over its
 * cap, a value that is not known.
 */
export function parseEventQuery(params: URLSearchParams, themeIds: string[]): Parsed<EventQuery> {
  const themes = parseThemeIds(params, themeIds);
  if (!themes.ok) return themes;
  const match = parseSingleParam(params, 'match');
  if (!match.ok) return match;
  if (match.value !== undefined && match.value !== 'any' && match.value !== 'all')
    return invalidParameter(
      'match',
      `match must be "any" or "all", not ${quoteInput(match.value)}`,
    );
  const dates: { from?: string; to?: string } = {};
  for (const param of ['from', 'to'] as const) {
    const date = parseDate(params, param);
    if (!date.ok) return date;
    if (date.value) dates[param] = date.value;
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    return invalidParameter('from', `from (${dates.from}) is after to (${dates.to})`);
  }
  const kinds = parseListParam(params, 'kind', KINDS.length);
  if (!kinds.ok) return kinds;
  const unknownKind = kinds.value.find((kind) => !(KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined) {
    return invalidParameter(
      'kind',
      `unknown kind ${quoteInput(unknownKind)}; known kinds: ${KINDS.join(', ')}`,
    );
  }
  const q = parseQueryWords(params);
  if (!q.ok) return q;
  return {
    ok: true,
    value: {
      themes: themes.value,
      match: match.value ?? 'any',
      ...dates,
      kinds: kinds.value as Kind[],
      ...(q.value ? { q: q.value } : {}),
    },
  };
}

function parseDate(params: URLSearchParams, param: 'from' | 'to'): Parsed<string | undefined> {
  const date = parseSingleParam(params, param);
  if (!date.ok || date.value === undefined) return date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value))
    return invalidParameter(
      param,
      `${param} must be a date written YYYY-MM-DD, not ${quoteInput(date.value)}`,
    );
  if (!isCalendarDate(date.value))
    return invalidParameter(
      param,
      `${param} ${quoteInput(date.value)} is not a real calendar date`,
    );
  return date;
}
