import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { binRecurrence } from '@/lib/recurrence/bin-recurrence';
import { computeRecurrence, type Recurrence } from '@/lib/recurrence/compute-recurrence';
import type { Corpus } from '@/lib/types';
import { computeCorpusThemeStats, computeThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { filterEvents } from '@/lib/filter/filter-events';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseDateWindow } from '@/lib/filter/parse-date-window';
import { ThemesView } from './themes-view';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { themeLabelIn } from '@/lib/corpus/words-in';
import { createMatrixWords } from '../_components/recurrence-matrix/matrix-words';
import { createThemeFilterWords } from '../_components/theme-filter-words';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('themes'))('title') };
}

const binned = new WeakMap<Corpus['events'], Recurrence>();

/** The whole corpus's recurrence as the page first shows it (binned), computed once per corpus. */
function binCorpusRecurrence(corpus: Corpus): Recurrence {
  let recurrence = binned.get(corpus.events);
  if (!recurrence) {
    recurrence = binRecurrence(computeRecurrence(corpus.events, themeIdsOf(corpus.themes)));
    binned.set(corpus.events, recurrence);
  }
  return recurrence;
}

export default async function ThemesPage({ searchParams }: PageProps<'/themes'>) {
  const corpus = loadCorpus();
  const dateWindow = parseDateWindow(await searchParams);
  const events = filterEvents(corpus.events, {
    themes: [],
    match: 'any',
    kinds: [],
    ...dateWindow,
  });
  const whole = !dateWindow.from && !dateWindow.to;
  const t = await getTranslations('themes');
  const locale = await getLocale();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="muted">{t('intro')}</p>
      <ThemesView
        words={{
          loadError: t('loadError', { message: '{message}' }),
          eventsDated: t('eventsDated'),
          from: t('from'),
          to: t('to'),
          downloads: t('downloads'),
          matrixCsv: t('matrixCsv'),
          eventsJson: t('eventsJson'),
          themeFilter: createThemeFilterWords(await getTranslations('themeFilter')),
          matrix: createMatrixWords(await getTranslations('recurrenceMatrix')),
        }}
        themeLabels={Object.fromEntries(
          corpus.themes.map((theme) => [theme.id, themeLabelIn(theme, locale).text]),
        )}
        initialWindow={dateWindow}
        // Binned on the server as in the browser: a wide window comes as years, not every event.
        initialRecurrence={
          whole
            ? binCorpusRecurrence(corpus)
            : binRecurrence(computeRecurrence(events, themeIdsOf(corpus.themes)))
        }
        initialThemes={
          whole ? computeCorpusThemeStats(corpus) : computeThemeStats(corpus.themes, events)
        }
      />
    </>
  );
}
