'use client';

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '@/lib/dates/format-date';
import {
  createViewSearch,
  parseTimelineView,
  type TimelineView,
} from '@/lib/timeline/parse-timeline-view';
import { toDay, toLastDay } from '@/lib/dates/to-day';
import type { Domain } from '@/lib/timeline/domain';
import { decodeTimeline, type TimelinePayload } from '@/lib/timeline/payload';
import { isThemeMatch } from '@/lib/filter/filter-events';
import {
  createThemeFilterSearch,
  parseThemeFilter,
  type ThemeFilter,
} from '@/lib/filter/parse-theme-filter';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { preload, unstable_serialize, useSWRConfig } from 'swr';
import { createRecurrenceQuery } from '@/lib/recurrence/create-recurrence-query';
import { KIND_LABELS, type EventDetail, type ThemeLabel } from '@/lib/types';
import dynamic from 'next/dynamic';
import { EventPanel } from './event-panel';
import type { ThemeFilterOption } from './theme-filter-panel';
import { ThemeChips } from './theme-chips';
import { Timeline, type TimelineHandle } from './timeline/timeline';
import { TimelineFirstView } from './timeline/timeline-first-view';
import type { FirstViewSize, StaticFrame } from '@/lib/timeline/create-first-view';
import {
  createLaneGeometry,
  createLaneModeSearch,
  createLanes,
  parseLaneMode,
  type LaneMode,
} from '@/lib/timeline/lanes';
import { createApiKey, fetchApi, useApi } from '../_lib/use-api';

interface DashboardProps {
  /** The timeline's data, where the server sends it with the page (small corpora); else fetched. */
  initialTimeline: TimelinePayload | null;
  bounds: Domain;
  initialView: TimelineView;
  themes: ThemeLabel[];
  /** The timeline's first view, laid out on the server for each screen size. */
  firstViews: Record<FirstViewSize, StaticFrame>;
  /** Every theme with its counts, for the theme filter. */
  themeOptions: ThemeFilterOption[];
  /** The theme filter the URL asked for. */
  initialFilter: ThemeFilter;
  /** The lanes the URL asked for: by kind, or one per theme. */
  initialLaneMode: LaneMode;
  /** The selected event in full, rendered on the server so the panel does not flash. */
  initialDetail: EventDetail | null;
}

/** The theme list loads after the timeline, so its code is not part of the first load. */
const ThemeFilterPanel = dynamic(
  () => import('./theme-filter-panel').then((module) => module.ThemeFilterPanel),
  { ssr: false, loading: () => <p role="status">Loading the themes…</p> },
);

/** The matrix loads after the timeline, so its code is not part of the first load. */
const DashboardMatrix = dynamic(() => import('./dashboard-matrix'), {
  ssr: false,
  loading: () => <p role="status">Loading the matrix…</p>,
});

/** The most rows the list view shows at once. */
const LIST_LIMIT = 500;

/** The timeline, the selected event's panel and the list view, with the view kept in the URL. */
export function Dashboard({
  themeOptions,
  initialFilter,
  initialLaneMode,
  firstViews,
  initialTimeline,
  bounds,
  initialView,
  themes,
  initialDetail,
}: DashboardProps) {
  const { data: payload, error } = useApi(createApiKey('timeline'), {
    fallbackData: initialTimeline ?? undefined,
    revalidateOnMount: !initialTimeline,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  const themeIds = useMemo(() => themes.map((theme) => theme.id), [themes]);
  const events = useMemo(
    () =>
      payload
        ? decodeTimeline(
            payload,
            themes.map((theme) => theme.id),
          ).events
        : null,
    [payload, themes],
  );
  const [view, setView] = useState(initialView);
  const [filter, setFilter] = useState(initialFilter);
  const [dimExcluded, setDimExcluded] = useState(false);
  const [laneMode, setLaneMode] = useState(initialLaneMode);
  const { cache } = useSWRConfig();
  const lanes = useMemo(
    () => createLanes(laneMode, themes, filter.themes),
    [laneMode, themes, filter.themes],
  );
  // The server laid out the first view in the lanes of the URL it was served for: it keeps them,
  // even if the lanes change before the timeline has drawn.
  const [firstViewLanes] = useState(() =>
    createLanes(initialLaneMode, themes, initialFilter.themes),
  );
  /** The theme of the matrix cell that opened the selected event, whose statements stand out. */
  const [highlight, setHighlight] = useState<{ event: string; theme: string } | null>(null);
  const include = useMemo(
    () =>
      filter.themes.length ? (event: TimelineEvent) => isThemeMatch(event.themes, filter) : null,
    [filter],
  );
  const [visible, setVisible] = useState<Domain>(initialView.domain);
  const [listOpen, setListOpen] = useState(false);
  const ids = useMemo(() => new Set((events ?? []).map((event) => event.id)), [events]);
  const byId = useMemo(() => new Map((events ?? []).map((event) => [event.id, event])), [events]);

  const writeUrl = useCallback((next: TimelineView, history: 'push' | 'replace') => {
    const search = `?${createViewSearch(next, new URLSearchParams(window.location.search))}`;
    if (search === window.location.search) return;
    window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', search);
  }, []);

  useEffect(() => {
    const onPopState = () => {
      const next = parseTimelineView(new URLSearchParams(window.location.search), bounds, ids);
      setView(next);
      setVisible(next.domain);
      setFilter(parseThemeFilter(window.location.search, themeIds));
      setLaneMode(parseLaneMode(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [bounds, ids, themeIds]);

  const changeFilter = (next: ThemeFilter) => {
    // The matrix's data, if not at hand, is asked for now, while the timeline redraws, not after;
    // a failure shows in the matrix, which asks for the same key.
    const key = createApiKey('recurrence', createRecurrenceQuery(view.domain, next));
    if (cache.get(unstable_serialize(key))?.data === undefined)
      Promise.resolve(preload(key, fetchApi)).catch(() => undefined);
    setFilter(next);
    // The URL follows once the new view is painted: the router's work on a new URL waits for it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        const search = createThemeFilterSearch(window.location.search, next);
        window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
      }),
    );
  };

  const changeLaneMode = (next: LaneMode) => {
    setLaneMode(next);
    const search = createLaneModeSearch(window.location.search, next);
    window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
  };

  /**
   * On narrow screens the panel is a sheet: an event the page opened on shows only its title there,
   * leaving the timeline in view; one a person picks shows in full.
   */
  const [sheetExpanded, setSheetExpanded] = useState(false);

  /** Whether the panel's title takes focus when it opens: it does for a reference followed in it. */
  const [focusPanel, setFocusPanel] = useState(false);
  const timeline = useRef<TimelineHandle>(null);

  const select = useCallback(
    (id: string | null, fromPanel = false) => {
      setSheetExpanded(true);
      setFocusPanel(fromPanel);
      setView((current) => {
        const next = { ...current, event: id };
        writeUrl(next, 'push');
        return next;
      });
    },
    [writeUrl],
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

  const commitDomain = useCallback(
    (domain: Domain, history: 'push' | 'replace') => {
      setView((current) => {
        const next = { ...current, domain };
        writeUrl(next, history);
        return next;
      });
    },
    [writeUrl],
  );

  const inView = useMemo(
    () =>
      listOpen && events
        ? events.filter(
            (event) =>
              event.time >= visible[0] &&
              event.time < visible[1] &&
              (!include || dimExcluded || include(event)),
          )
        : [],
    [listOpen, events, visible, include, dimExcluded],
  );

  return (
    <div className={view.event ? 'dashboard with-panel' : 'dashboard'}>
      <div className="dashboard-main">
        <div className="dashboard-controls">
          <details className="dashboard-filter">
            <summary>
              Filter by theme:{' '}
              {filter.themes.length
                ? `${filter.themes.map((id) => themeOptions.find((theme) => theme.id === id)?.label ?? id).join(', ')} (${filter.match === 'all' ? 'all of them' : 'any of them'})`
                : 'every event'}
            </summary>
            <ThemeFilterPanel
              themes={themeOptions}
              selected={filter.themes}
              match={filter.match}
              onChange={changeFilter}
              title="Themes"
            />
            <label className="dim-toggle">
              <input
                type="checkbox"
                checked={dimExcluded}
                onChange={(event) => setDimExcluded(event.target.checked)}
              />{' '}
              Show the events that do not match faintly instead of hiding them
            </label>
          </details>
          <button
            type="button"
            aria-pressed={laneMode === 'themes'}
            onClick={() => changeLaneMode(laneMode === 'themes' ? 'kinds' : 'themes')}
          >
            Theme lanes
          </button>
        </div>
        {events ? (
          <Timeline
            firstViews={firstViews}
            firstViewLanes={firstViewLanes}
            lanes={lanes}
            include={include}
            exportName={[
              'alliance-timeline',
              toDay(view.domain[0]),
              toLastDay(view.domain[1]),
              ...(filter.themes.length ? [`themes-${filter.themes.join('-')}`] : []),
            ].join('_')}
            dimExcluded={dimExcluded}
            events={events}
            bounds={bounds}
            domain={view.domain}
            selectedId={view.event}
            onSelect={select}
            handle={timeline}
            onDomainCommit={commitDomain}
            onDomainPreview={
              listOpen ? (domain) => startTransition(() => setVisible(domain)) : undefined
            }
          />
        ) : (
          <div className="timeline-block">
            <div className="timeline-toolbar-placeholder" />
            <div
              className="timeline"
              role="status"
              aria-label={
                error
                  ? `The timeline could not be loaded: ${error.message}`
                  : 'Loading the timeline'
              }
              style={{ height: createLaneGeometry(firstViewLanes.length).height }}
            >
              <TimelineFirstView views={firstViews} lanes={firstViewLanes} />
            </div>
          </div>
        )}
        <p>
          <button
            type="button"
            aria-pressed={listOpen}
            onClick={() => {
              setVisible(view.domain);
              setListOpen((open) => !open);
            }}
          >
            List view
          </button>
        </p>
        {listOpen && (
          <table className="event-table">
            <caption>
              Events in view: {inView.length}
              {inView.length > LIST_LIMIT &&
                `, the first ${LIST_LIMIT} listed; zoom in to see the rest`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col">Kind</th>
                <th scope="col">Themes</th>
              </tr>
            </thead>
            <tbody>
              {inView.slice(0, LIST_LIMIT).map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.date}>{formatDate(event.date)}</time>
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => select(event.id)}>
                      {event.title}
                    </button>
                  </td>
                  <td>{KIND_LABELS[event.kind]}</td>
                  <td>
                    <ThemeChips
                      ids={event.themes}
                      themes={themes}
                      label={`Themes of ${event.title}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <DashboardMatrix
          domain={view.domain}
          filter={filter}
          themes={themes}
          onOpenCell={openCell}
        />
      </div>
      {view.event && (
        <EventPanel
          key={view.event}
          id={view.event}
          initial={initialDetail}
          themes={themes}
          describe={(id) => byId.get(id)}
          onSelect={(id) => select(id, true)}
          focusTitle={focusPanel}
          onClose={closePanel}
          highlightTheme={highlight?.event === view.event ? highlight.theme : null}
          expanded={sheetExpanded}
          onToggle={() => setSheetExpanded((expanded) => !expanded)}
        />
      )}
    </div>
  );
}
