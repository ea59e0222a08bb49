import { isCalendarDate } from '../dates/is-calendar-date';
import { singleParamOf } from '../url/single-param-of';
import { createSearchParams, type SearchParamsInput } from '../url/create-search-params';

/** Inclusive date bounds, `YYYY-MM-DD`; a missing bound is open. */
export interface DateWindow {
  from?: string;
  to?: string;
}

/**
 * Reads `from` and `to` from a URL's search params, leniently: a bound that is not a real
 * `YYYY-MM-DD` date (or is given twice) is dropped, and both are dropped when `from` is after
 * `to`. Never throws.
 */
export function parseDateWindow(input: SearchParamsInput): DateWindow {
  const params = createSearchParams(input);
  const from = parseDate(singleParamOf(params, 'from'));
  const to = parseDate(singleParamOf(params, 'to'));
  if (from && to && from > to) return {};
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function parseDate(value: string | undefined): string | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}
