import type { Metadata } from 'next';
import { computeRecurrence } from '@/lib/recurrence/compute-recurrence';
import { computeThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { filterEvents } from '@/lib/filter/filter-events';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseDateWindow } from '@/lib/filter/parse-date-window';
import { ThemesView } from './themes-view';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Themes and how they recur' };

export default async function ThemesPage({ searchParams }: PageProps<'/themes'>) {
  const corpus = loadCorpus();
  const dateWindow = parseDateWindow(await searchParams);
  const events = filterEvents(corpus.events, {
    themes: [],
    match: 'any',
    kinds: [],
    ...dateWindow,
  });
  return (
    <>
      <h1>Themes and how they recur</h1>
      <p className="muted">
        Each row is a theme, each column a meeting or milestone in date order; a cell counts the
        statements on the theme. Filter by theme to follow one thread of the alliance.
      </p>
      <ThemesView
        initialWindow={dateWindow}
        initialRecurrence={computeRecurrence(events, themeIdsOf(corpus.themes))}
        initialThemes={computeThemeStats(corpus.themes, events)}
      />
    </>
  );
}
