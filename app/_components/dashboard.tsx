'use client';

import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { preload, unstable_serialize, useSWRConfig } from 'swr';
import { isThemeMatch } from '@/lib/filter/filter-events';
import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import { createRecurrenceQuery } from '@/lib/recurrence/create-recurrence-query';
import type { Domain } from '@/lib/timeline/domain';
import { idIndexOf } from '@/lib/timeline/id-index-of';
import { createLanes } from '@/lib/timeline/lanes';
import { decodeTimeline, type TimelinePayload } from '@/lib/timeline/payload';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { EventDetail, ThemeLabel } from '@/lib/types';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import { createApiKey, fetchApi, useApi } from '../_lib/use-api';
import { useNearViewport } from '../_lib/use-near-viewport';
import { DashboardControls } from './dashboard-controls';
import { EventPanel } from './event-panel';
import type { ThemeFilterOption } from './theme-filter-panel';
import { DashboardTimeline } from './timeline/dashboard-timeline';
import type { TimelineHandle } from './timeline/timeline';
import { useDashboardUrl } from './use-dashboard-url';
import type { DashboardWords } from './dashboard-words';
import type { EventWords } from './event-words';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

interface DashboardProps {
  /** The timeline's data, where the server sends it with the page (small corpora); else fetched. */
  initialTimeline: TimelinePayload | null;
  bounds: Domain;
  /**
   * The event the URL selects, as the server found it (null for none, or one the corpus lacks):
   * until the events have loaded, the only one the URL's `event` can name.
   */
  initialEvent: string | null;
  themes: ThemeLabel[];
  /**
   * The timeline's first view, rendered on the server (TimelineFirstView) in the lanes of the URL
   * the page was served for: shown until the canvas has drawn.
   */
  firstView: ReactNode;
  /** Every theme with its counts, for the theme filter. */
  themeOptions: ThemeFilterOption[];
  /** The words of the filter, the lanes' toggle and the matrix in the page's language. */
  words: DashboardWords;
  /** The selected event in full, rendered on the server so the panel does not flash. */
  initialDetail: EventDetail | null;
  /** The timeline's words in the page's language. */
  timelineWords: TimelineWords;
  /** The event panel's words in the page's language. */
  eventWords: EventWords;
}

/** The matrix loads after the timeline, so its code is not part of the first load. */
const DashboardMatrix = lazy(() => import('./dashboard-matrix'));

/** The timeline, the selected event's panel, the list view and the matrix; their state in the URL. */
export function Dashboard({
  themeOptions,
  words,
  firstView,
  initialTimeline,
  bounds,
  initialEvent,
  themes,
  initialDetail,
  timelineWords,
  eventWords,
}: DashboardProps) {
  const { data: payload, error } = useApi(createApiKey('timeline'), {
    fallbackData: initialTimeline ?? undefined,
    revalidateOnMount: !initialTimeline,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  const themeIds = useMemo(() => themeIdsOf(themes), [themes]);
  const events = useMemo(
    () => (payload ? decodeTimeline(payload, themeIds).events : null),
    [payload, themeIds],
  );
  const idIndex = useMemo(() => idIndexOf(events ?? []), [events]);
  const eventIds = useMemo(
    () => (events ? idIndex : new Set(initialEvent ? [initialEvent] : [])),
    [events, idIndex, initialEvent],
  );
  const url = useDashboardUrl(bounds, eventIds, themeIds);
  const { view, filter, laneMode, commitDomain } = url;

  const [dimExcluded, setDimExcluded] = useState(false);
  const lanes = useMemo(
    () => createLanes(laneMode, themes, filter.themes),
    [laneMode, themes, filter.themes],
  );
  // The lanes of the URL the page was served for, as the first view was laid out: its placeholder
  // keeps their height even if the lanes change before the timeline has drawn.
  const [firstViewLanes] = useState(lanes);
  const include = useMemo(
    () =>
      filter.themes.length ? (event: TimelineEvent) => isThemeMatch(event.themes, filter) : null,
    [filter],
  );

  const { cache } = useSWRConfig();
  const changeFilter = (next: ThemeFilter) => {
    // The matrix's data, if not at hand, is asked for now, while the timeline redraws, not after;
    // a failure shows in the matrix, which asks for the same key.
    const key = createApiKey('recurrence', createRecurrenceQuery(view.domain, next));
    if (cache.get(unstable_serialize(key))?.data === undefined)
      Promise.resolve(preload(key, fetchApi)).catch(() => undefined);
    url.changeFilter(next);
  };

  /** The theme of the matrix cell that opened the selected event, whose statements stand out. */
  const [highlight, setHighlight] = useState<{ event: string; theme: string } | null>(null);
  /**
   * On narrow screens the panel is a sheet: an event the page opened on shows only its title there,
   * leaving the timeline in view; one a person picks shows in full.
   */
  const [sheetExpanded, setSheetExpanded] = useState(false);
  /** Whether the panel's title takes focus when it opens: it does for a reference followed in it. */
  const [focusPanel, setFocusPanel] = useState(false);
  const timeline = useRef<TimelineHandle>(null);
  const matrixSlot = useRef<HTMLDivElement>(null);
  const matrixNear = useNearViewport(matrixSlot);

  const selectInUrl = url.select;
  const select = useCallback(
    (id: string | null, fromPanel = false) => {
      setSheetExpanded(true);
      setFocusPanel(fromPanel);
      selectInUrl(id);
    },
    [selectInUrl],
  );

  /** Closes the panel, and gives focus back to the event's mark if the panel had it. */
  const closePanel = useCallback(() => {
    const id = view.event;
    const hadFocus = Boolean(document.activeElement?.closest('.event-panel'));
    select(null);
    if (id && hadFocus) timeline.current?.focusEvent(id);
  }, [view.event, select]);

  const openCell = useCallback(
    (eventId: string, themeId: string) => {
      setHighlight({ event: eventId, theme: themeId });
      select(eventId);
    },
    [select],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && view.event) closePanel();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [view.event, closePanel]);

  const loadingMatrix = <p role="status">{words.loadingMatrix}</p>;
  return (
    <div className={view.event ? 'dashboard with-panel' : 'dashboard'}>
      <div className="dashboard-main">
        <DashboardControls
          themeOptions={themeOptions}
          filter={filter}
          onFilterChange={changeFilter}
          dimExcluded={dimExcluded}
          onDimExcludedChange={setDimExcluded}
          laneMode={laneMode}
          onLaneModeChange={url.changeLaneMode}
          words={words}
        />
        <DashboardTimeline
          events={events}
          error={error}
          themes={themes}
          firstView={firstView}
          firstViewLanes={firstViewLanes}
          lanes={lanes}
          include={include}
          filterThemes={filter.themes}
          dimExcluded={dimExcluded}
          bounds={bounds}
          domain={view.domain}
          selectedId={view.event}
          onSelect={select}
          handle={timeline}
          onDomainCommit={commitDomain}
          words={timelineWords}
        />
        {/* Below the timeline: loaded once the timeline has its events and the matrix nears the screen. */}
        <div ref={matrixSlot}>
          {events && matrixNear ? (
            <Suspense fallback={loadingMatrix}>
              <DashboardMatrix
                domain={view.domain}
                filter={filter}
                themes={themes}
                onOpenCell={openCell}
                words={words}
              />
            </Suspense>
          ) : (
            loadingMatrix
          )}
        </div>
      </div>
      {view.event && (
        <EventPanel
          key={view.event}
          id={view.event}
          initial={initialDetail}
          themes={themes}
          describe={(id) => {
            // References are named as the timeline names them: in Japanese where given.
            const at = idIndex.get(id);
            const event = at === undefined ? undefined : events?.[at];
            return event && { ...event, title: timelineWords.events[id]?.title ?? event.title };
          }}
          onSelect={(id) => select(id, true)}
          focusTitle={focusPanel}
          onClose={closePanel}
          highlightTheme={highlight?.event === view.event ? highlight.theme : null}
          expanded={sheetExpanded}
          onToggle={() => setSheetExpanded((expanded) => !expanded)}
          words={eventWords}
        />
      )}
    </div>
  );
}
