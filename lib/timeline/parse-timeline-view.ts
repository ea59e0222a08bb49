import { isCalendarDate } from '../dates/is-calendar-date';
import { clampDomain, DAY, type Domain } from './domain';
import { toDay } from '../dates/to-day';

/** What the URL holds of the timeline: the visible window and the selected event. */
export interface TimelineView {
  domain: Domain;
  /** The selected event's id, or null for none. */
  event: string | null;
}

/** The window the dashboard opens on: 2021 to 2023, around the seed meeting. */
export const DEFAULT_DOMAIN: Domain = [Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1)];

/** The event selected when the URL names none: the source document's meeting. */
export const DEFAULT_EVENT = '2022-05-04-defense-ministerial';

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Reads `from`, `to` and `event` from search parameters, never throwing: a missing or malformed
 * date falls back to the default window, an unknown event to none. `event=` (empty) selects none;
 * no `event` at all selects the default event where the corpus has it.
 */
export function parseTimelineView(
  params: Params,
  bounds: Domain,
  eventIds: Pick<ReadonlySet<string>, 'has'>,
): TimelineView {
  const from = parseDay(read(params, 'from'));
  const to = parseDay(read(params, 'to'));
  const domain =
    from !== null && to !== null && from < to
      ? clampDomain([from, to + DAY], bounds)
      : clampDomain(DEFAULT_DOMAIN, bounds);
  const requested = read(params, 'event');
  const event = requested === undefined ? DEFAULT_EVENT : requested;
  return { domain, event: event && eventIds.has(event) ? event : null };
}

/**
 * The search string for a view: `from` and `to` as whole days, the window's ends rounded to the
 * nearest midnight (so reading it back, however often, neither grows nor shrinks the window by
 * more than that), `event` when one is selected.
 */
export function createViewSearch(
  view: TimelineView,
  base: URLSearchParams = new URLSearchParams(),
): string {
  const params = new URLSearchParams(base);
  params.set('from', toDay(roundToDay(view.domain[0])));
  params.set('to', toDay(roundToDay(view.domain[1]) - DAY));
  params.set('event', view.event ?? '');
  return params.toString();
}

/**
 * Whether two windows are the same once written in a URL, which keeps whole days: the window on
 * screen after a gesture and the one read back from the URL it wrote are the same.
 */
export function isSameInUrl(a: Domain, b: Domain): boolean {
  return roundToDay(a[0]) === roundToDay(b[0]) && roundToDay(a[1]) === roundToDay(b[1]);
}

function read(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseDay(value: string | undefined): number | null {
  if (!value || !isCalendarDate(value)) return null;
  return Date.parse(`${value}T00:00:00Z`);
}

/** The UTC midnight nearest to a time. */
function roundToDay(time: number): number {
  return Math.round(time / DAY) * DAY;
}
