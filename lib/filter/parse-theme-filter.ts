import { parseList } from '../url/parse-list';
import { singleParamOf } from '../url/single-param-of';
import { createSearchParams, type SearchParamsInput } from '../url/create-search-params';
import { formatSearch } from '../url/format-search';

/** Which themes are selected, and whether an event needs any or all of them. */
export interface ThemeFilter {
  /** Theme ids in taxonomy order; empty selects every event. */
  themes: string[];
  /** Default `any`. */
  match: 'any' | 'all';
}

export const EMPTY_THEME_FILTER: ThemeFilter = { themes: [], match: 'any' };

/**
 * Reads `themes=a,b&match=any|all` from a URL's search params, leniently: `themes` may repeat,
 * unknown or repeated ids are dropped, ids come back in taxonomy order, and any `match` other than
 * one `all` reads as `any`.
 * Never throws.
 */
export function parseThemeFilter(input: SearchParamsInput, themeIds: string[]): ThemeFilter {
  const params = createSearchParams(input);
  const wanted = new Set(params.getAll('themes').flatMap(parseList));
  return {
    themes: themeIds.filter((id) => wanted.has(id)),
    match: singleParamOf(params, 'match') === 'all' ? 'all' : 'any',
  };
}

/**
 * The search string (no leading `?`) for a theme filter, keeping every other param of `current`
 * (`from`, `to`, `event`, ...): `themes=a,b` (dropped when empty) and `match=all` (dropped when
 * `any` or when no theme is selected, since it then changes nothing).
 */
export function createThemeFilterSearch(current: SearchParamsInput, filter: ThemeFilter): string {
  const params = createSearchParams(current);
  params.delete('themes');
  params.delete('match');
  if (filter.themes.length) {
    params.set('themes', filter.themes.join(','));
    if (filter.match === 'all') params.set('match', 'all');
  }
  return formatSearch(params);
}
