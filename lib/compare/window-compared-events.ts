/** How many meetings a comparison shows before "Earlier meetings" is asked for. */
export const COMPARE_PAGE_SIZE = 20;

/** The part of a comparison's meetings on the page, and how to reach the ones before it. */
export interface ComparedWindow {
  /** Ids of the meetings shown, in date order. */
  shown: string[];
  /** The first date of the next page of earlier meetings; null when none is left out. */
  earlierFrom: string | null;
  /** How many meetings are left out before the first shown. */
  earlier: number;
}

/**
 * Of meetings in date order, those dated `from` or later, or without `from` the most recent
 * `size` (also when `from` is after them all); a baseline before them stays in, as every other column is compared with it. A `from`
 * that is no date shows the most recent ones.
 */
export function windowComparedEvents(
  events: readonly { id: string; date: string }[],
  { from, baseline, size = COMPARE_PAGE_SIZE }: { from?: string; baseline?: string; size?: number },
): ComparedWindow {
  const latest = Math.max(0, events.length - size);
  // A date after every meeting shows the latest ones, not none.
  const start = isDate(from) ? Math.min(firstOnOrAfter(events, from), latest) : latest;
  const shown = events.slice(start).map((event) => event.id);
  const before = events.slice(0, start);
  if (baseline && before.some((event) => event.id === baseline)) shown.unshift(baseline);
  return {
    shown,
    earlierFrom: start > 0 ? events[Math.max(0, start - size)]!.date : null,
    earlier: start,
  };
}

function isDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function firstOnOrAfter(events: readonly { date: string }[], date: string): number {
  const index = events.findIndex((event) => event.date >= date);
  return index === -1 ? events.length : index;
}
