'use client';

import { useSearchParams } from 'next/navigation';
import {
  createThemeFilterSearch,
  parseThemeFilter,
  type ThemeFilter,
} from '@/lib/parse-theme-filter';
import { ThemeFilterPanel, type ThemeFilterOption } from './theme-filter-panel';

/**
 * Writes a theme filter to the URL (`themes`, `match`), keeping every other param, without a
 * server round trip: Next's router follows `history.replaceState`, so `useSearchParams()` updates.
 */
export function replaceThemeFilterInUrl(filter: ThemeFilter): void {
  const search = createThemeFilterSearch(window.location.search, filter);
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

/**
 * The theme filter panel kept in the URL, for pages that own no other state. Reads `themes` and
 * `match` from the search params (junk ignored). Needs a `<Suspense>` boundary above it on a
 * statically rendered page, as `useSearchParams()` does.
 */
export function UrlThemeFilterPanel({
  themes,
  title,
}: {
  themes: ThemeFilterOption[];
  title?: string;
}) {
  const params = useSearchParams();
  const filter = parseThemeFilter(
    params,
    themes.map((theme) => theme.id),
  );
  return (
    <ThemeFilterPanel
      themes={themes}
      selected={filter.themes}
      match={filter.match}
      onChange={replaceThemeFilterInUrl}
      title={title}
    />
  );
}
