'use client';

import { lazy, memo, Suspense, useMemo, useState } from 'react';
import type { Domain } from '@/lib/timeline/domain';
import { createLaneGeometry, LANES, type Lane } from '@/lib/timeline/lanes';
import { localizeEvents, localizeLanes, localizeThemes } from '@/lib/timeline/localize-timeline';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { fillIn } from '@/lib/text/fill-in';
import type { ThemeLabel } from '@/lib/types';
import { Timeline, type TimelineProps } from './timeline';

/** The list view's code loads when it is first opened, not with the page. */
const EventList = lazy(() =>
  import('./event-list').then((module) => ({ default: module.EventList })),
);

interface DashboardTimelineProps extends Omit<TimelineProps, 'events' | 'shown' | 'onPause'> {
  /** The lanes the first view was laid out in (those of the URL the page was served for). */
  firstViewLanes: readonly Lane[];
  /** Events in date order, or null while they load. */
  events: TimelineEvent[] | null;
  /** Why the events could not be loaded. */
  error?: Error;
  /** Every theme, for the list view's chips. */
  themes: ThemeLabel[];
}

/**
 * The dashboard's timeline (its server-rendered first view while the events load) and its list
 * view.
 *
 * The visible window has one owner in each of its three forms. The URL, through useUrlState, owns
 * the committed window (`domain`): Back, a shared link, the matrix and the file names follow it.
 * The timeline keeps the window of the frame on screen in a ref, moved every frame of a gesture,
 * and reports it once the view pauses: that report, `shown`, is owned here, and the timeline's
 * focusable marks, its range and overview, and the list view derive from it.
 */
export const DashboardTimeline = memo(function DashboardTimeline({
  events,
  error,
  themes: themesGiven,
  firstViewLanes,
  ...timeline
}: DashboardTimelineProps) {
  const { domain, firstView, include = null, dimExcluded = false, words } = timeline;
  // The corpus's names in the page's language: the same arrays where it is English.
  const named = useMemo(() => events && localizeEvents(events, words), [events, words]);
  const themes = useMemo(() => localizeThemes(themesGiven, words), [themesGiven, words]);
  const lanes = useMemo(
    () => localizeLanes(timeline.lanes ?? LANES, words),
    [timeline.lanes, words],
  );
  const [shown, setShown] = useState<Domain>(domain);
  const [listOpen, setListOpen] = useState(false);
  // A timeline rendered on the server shows the first view until its canvas draws; one mounted in
  // the browser draws before its first paint, so it has no use for a second copy of that picture.
  const [renderedOnServer] = useState(events !== null);
  // Until the timeline has loaded, nothing moves the window but the URL.
  if (!events && shown !== domain) setShown(domain);

  return (
    <>
      {events ? (
        <Timeline
          {...timeline}
          lanes={lanes}
          firstView={renderedOnServer ? firstView : null}
          themes={themes}
          events={named ?? events}
          shown={shown}
          onPause={setShown}
        />
      ) : (
        <div className="timeline-block">
          <div className="timeline-toolbar-placeholder" />
          <div
            className="timeline"
            role="status"
            aria-label={error ? fillIn(words.loadError, { message: error.message }) : words.loading}
            style={{ height: createLaneGeometry(firstViewLanes.length).height }}
          >
            {firstView}
          </div>
        </div>
      )}
      <p>
        <button type="button" aria-pressed={listOpen} onClick={() => setListOpen((open) => !open)}>
          {words.listView}
        </button>
      </p>
      {listOpen && (
        <Suspense fallback={<p role="status">{words.listLoading}</p>}>
          <EventList
            events={named ?? []}
            domain={shown}
            include={include}
            dimExcluded={dimExcluded}
            themes={themes}
            onSelect={timeline.onSelect}
            words={words}
          />
        </Suspense>
      )}
    </>
  );
});
