import { createFirstViews } from '@/lib/timeline/create-first-view';
import { createTimelineData } from '@/lib/timeline/create-timeline-data';
import { getLocale, getTranslations } from 'next-intl/server';
import { themeLabelIn } from '@/lib/corpus/words-in';
import { themeLabelOf } from '@/lib/corpus/find-theme';
import { createDashboardWords } from './_components/dashboard-words';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseTimelineView } from '@/lib/timeline/parse-timeline-view';
import { encodeTimeline } from '@/lib/timeline/payload';
import { computeCorpusThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { isThemeMatch } from '@/lib/filter/filter-events';
import { parseThemeFilter } from '@/lib/filter/parse-theme-filter';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { createLanes, parseLaneMode } from '@/lib/timeline/lanes';
import { preload } from 'react-dom';
import { Dashboard } from './_components/dashboard';
import { TimelineFirstView } from './_components/timeline/timeline-first-view';
import { timelineWordsOf } from './_components/timeline/timeline-words-of';
import { eventWordsOf } from './_components/event-words-of';
import { localizeLanes } from '@/lib/timeline/localize-timeline';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

/** Corpora up to this size come with the page; larger ones load from /api/timeline after it. */
const EMBED_LIMIT = 2000;

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const corpus = loadCorpus();
  const timeline = createTimelineData(corpus);
  const params = await searchParams;
  const view = parseTimelineView(params, timeline.bounds, timeline.indexById);
  const detail = view.event ? (findEvent(corpus, view.event) ?? null) : null;
  const locale = await getLocale();
  // Labels in the page's language, for the filter, the lanes, the matrix and the event panel.
  const themes = corpus.themes.map((theme) => ({
    id: theme.id,
    label: themeLabelIn(theme, locale).text,
    color: theme.color,
  }));
  const themeIds = themeIdsOf(themes);
  const filter = parseThemeFilter(params, themeIds);
  const lanes = createLanes(parseLaneMode(params), themes, filter.themes);
  const include = filter.themes.length
    ? (event: TimelineEvent) => isThemeMatch(event.themes, filter)
    : undefined;
  const themeOptions = computeCorpusThemeStats(corpus).map(({ id, color, events, statements }) => ({
    id,
    label: themeLabelOf(themes, id),
    color,
    events,
    statements,
  }));
  const t = await getTranslations('dashboard');
  const words = createDashboardWords({
    dashboard: t,
    themeFilter: await getTranslations('themeFilter'),
    recurrenceMatrix: await getTranslations('recurrenceMatrix'),
  });
  const embedded =
    timeline.events.length <= EMBED_LIMIT ? encodeTimeline(timeline, themeIdsOf(themes)) : null;
  // Asked for from the page's head, so the events arrive while the scripts load, not after them.
  if (!embedded) preload('/api/timeline', { as: 'fetch', crossOrigin: 'anonymous' });
  const timelineWords = await timelineWordsOf(corpus);
  const titledLanes = localizeLanes(lanes, timelineWords);
  return (
    <>
      <h1 className="visually-hidden">{t('heading')}</h1>
      <Dashboard
        initialTimeline={embedded}
        firstView={
          <TimelineFirstView
            views={createFirstViews(timeline, view, timelineWords, include, titledLanes)}
            lanes={titledLanes}
          />
        }
        themeOptions={themeOptions}
        words={words}
        bounds={timeline.bounds}
        initialEvent={view.event}
        themes={themes}
        initialDetail={detail}
        timelineWords={timelineWords}
        eventWords={await eventWordsOf()}
      />
    </>
  );
}
