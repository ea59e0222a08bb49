import type { ThemeFilter } from '../filter/parse-theme-filter';
import { toLastDay } from '../dates/to-day';
import { toDay } from '../dates/to-day';
import type { Domain } from '../timeline/domain';

/** The /api/recurrence URL for a window and a theme filter: the dashboard matrix's data key. */
export function createRecurrenceKey(domain: Domain, filter: ThemeFilter): string {
  const params = new URLSearchParams({ from: toDay(domain[0]), to: toLastDay(domain[1]) });
  if (filter.themes.length) {
    params.set('themes', filter.themes.join(','));
    params.set('match', filter.match);
  }
  return `/api/recurrence?${params}`;
}
