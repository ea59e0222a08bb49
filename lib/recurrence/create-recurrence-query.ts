import { toDay, toLastDay } from '../dates/to-day';
import type { ThemeFilter } from '../filter/parse-theme-filter';
import type { Domain } from '../timeline/domain';

/** The search params of `/api/recurrence` for a window and a theme filter (themes only if any). */
export interface RecurrenceQuery {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day the window reaches into, `YYYY-MM-DD`. */
  to: string;
  /** Theme ids joined by commas. */
  themes?: string;
  match?: ThemeFilter['match'];
}

/** What the dashboard's matrix asks `/api/recurrence` for: every day of the window, and the filter. */
export function createRecurrenceQuery(domain: Domain, filter: ThemeFilter): RecurrenceQuery {
  const window = { from: toDay(domain[0]), to: toLastDay(domain[1]) };
  if (!filter.themes.length) return window;
  return { ...window, themes: filter.themes.join(','), match: filter.match };
}
