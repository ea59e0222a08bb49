'use client';

import { createThemeFilterSearch, parseThemeFilter } from '@/lib/filter/parse-theme-filter';
import { useUrlState } from '../_lib/use-url-state';
import { ThemeFilterPanel, type ThemeFilterOption } from './theme-filter-panel';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import type { ThemeFilterWords } from './theme-filter-words';

/**
 * The theme filter panel kept in the URL (`themes`, `match`, other params left alone), for pages
 * that own no other state. Junk in the URL is ignored. Needs a `<Suspense>` boundary above it on a
 * statically rendered page, as `useSearchParams()` does.
 */
export function UrlThemeFilterPanel({
  themes,
  title,
  words,
}: {
  themes: ThemeFilterOption[];
  title?: string;
  /** The panel's words in the page's language (createThemeFilterWords). */
  words: ThemeFilterWords;
}) {
  const [params, setSearch] = useUrlState();
  const filter = parseThemeFilter(params, themeIdsOf(themes));
  return (
    <ThemeFilterPanel
      themes={themes}
      selected={filter.themes}
      match={filter.match}
      onChange={(next) =>
        setSearch((current) => createThemeFilterSearch(current, next), { history: 'replace' })
      }
      title={title}
      words={words}
    />
  );
}
