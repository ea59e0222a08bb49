import type { ThemeFilter } from './parse-theme-filter';
import { themeLabelOf } from '../corpus/find-theme';
import { fillIn } from '../text/fill-in';

/** The words a filter is described with, in a page's language; `{themes}` is the list of labels. */
export interface ThemeFilterSummaryWords {
  /** For no theme: "every event". */
  everyEvent: string;
  /** "{themes} (any of them)". */
  anyOfThem: string;
  /** "{themes} (all of them)". */
  allOfThem: string;
  /** Between two labels: ", " (English), "、" (Japanese). */
  separator: string;
}

/**
 * A theme filter in a few words, for the summary of the panel that sets it: the themes by label
 * (an id where the list has no label) and how they combine, e.g. "Okinawa, Senkaku Islands (all
 * of them)"; "every event" when no theme is selected.
 */
export function describeThemeFilter(
  filter: ThemeFilter,
  themes: readonly { id: string; label: string }[],
  words: ThemeFilterSummaryWords,
): string {
  if (!filter.themes.length) return words.everyEvent;
  const labels = filter.themes.map((id) => themeLabelOf(themes, id)).join(words.separator);
  return fillIn(filter.match === 'all' ? words.allOfThem : words.anyOfThem, { themes: labels });
}
