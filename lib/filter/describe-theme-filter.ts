import type { ThemeFilter } from './parse-theme-filter';
import { themeLabelOf } from '../corpus/find-theme';

/**
 * A theme filter in a few words, for the summary of the panel that sets it: the themes by label
 * (an id where the list has no label) and how they combine, e.g. "Okinawa, Senkaku Islands (all
 * of them)"; "every event" when no theme is selected.
 */
export function describeThemeFilter(
  filter: ThemeFilter,
  themes: readonly { id: string; label: string }[],
): string {
  if (!filter.themes.length) return 'every event';
  const labels = filter.themes.map((id) => themeLabelOf(themes, id));
  return `${labels.join(', ')} (${filter.match === 'all' ? 'all of them' : 'any of them'})`;
}
