'use client';

import { useCallback, useMemo } from 'react';
import type { Domain } from '@/lib/timeline/domain';
import { createLaneModeSearch, parseLaneMode, type LaneMode } from '@/lib/timeline/lanes';
import {
  createViewSearch,
  parseTimelineView,
  type TimelineView,
} from '@/lib/timeline/parse-timeline-view';
import {
  createThemeFilterSearch,
  parseThemeFilter,
  type ThemeFilter,
} from '@/lib/filter/parse-theme-filter';
import { useUrlState } from '../_lib/use-url-state';

/** The dashboard's state, read from its URL, and the changes it writes there. */
export interface DashboardUrl {
  /** The committed window (whole days, as the URL keeps it) and the selected event. */
  view: TimelineView;
  filter: ThemeFilter;
  laneMode: LaneMode;
  /** Selects an event, or none: a history entry. */
  select: (id: string | null) => void;
  /** A window that has settled: `push` for a deliberate jump, `replace` after a gesture. */
  commitDomain: (domain: Domain, history: 'push' | 'replace') => void;
  /** A new theme filter: shown at once; a history entry once it is painted. */
  changeFilter: (filter: ThemeFilter) => void;
  /** Kind lanes or theme lanes: a history entry. */
  changeLaneMode: (mode: LaneMode) => void;
}

/**
 * The dashboard's URL state (`from`, `to`, `event`, `themes`, `match`, `lanes`). Each value keeps
 * its identity until its own params change, so what derives from it is not computed again when
 * another changes. `eventIds` are the events an `event` param may name.
 */
export function useDashboardUrl(
  bounds: Domain,
  eventIds: Pick<ReadonlySet<string>, 'has'>,
  themeIds: string[],
): DashboardUrl {
  const [params, setSearch] = useUrlState();

  const parsed = parseTimelineView(params, bounds, eventIds);
  const [start, end] = parsed.domain;
  const domain = useMemo<Domain>(() => [start, end], [start, end]);
  const view = useMemo(() => ({ domain, event: parsed.event }), [domain, parsed.event]);
  // The filter's own params, in one spelling: the filter is read again only when they change.
  const filterSearch = createThemeFilterSearch('', parseThemeFilter(params, themeIds));
  const filter = useMemo(() => parseThemeFilter(filterSearch, themeIds), [filterSearch, themeIds]);

  const writeView = useCallback(
    (change: (view: TimelineView) => TimelineView, history: 'push' | 'replace') =>
      setSearch(
        (current) =>
          createViewSearch(change(parseTimelineView(current, bounds, eventIds)), current),
        { history },
      ),
    [setSearch, bounds, eventIds],
  );
  const select = useCallback(
    (id: string | null) => writeView((current) => ({ ...current, event: id }), 'push'),
    [writeView],
  );
  const commitDomain = useCallback(
    (next: Domain, history: 'push' | 'replace') =>
      writeView((current) => ({ ...current, domain: next }), history),
    [writeView],
  );
  const changeFilter = useCallback(
    (next: ThemeFilter) =>
      setSearch((current) => createThemeFilterSearch(current, next), {
        history: 'push',
        afterPaint: true,
      }),
    [setSearch],
  );
  const changeLaneMode = useCallback(
    (mode: LaneMode) =>
      setSearch((current) => createLaneModeSearch(current, mode), { history: 'push' }),
    [setSearch],
  );

  return {
    view,
    filter,
    laneMode: parseLaneMode(params),
    select,
    commitDomain,
    changeFilter,
    changeLaneMode,
  };
}
