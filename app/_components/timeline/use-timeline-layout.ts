import { useMemo } from 'react';
import { idIndexOf } from '@/lib/timeline/id-index-of';
import { createFocusOrder } from '@/lib/timeline/focus-order';
import { createLaneGeometry, type Lane } from '@/lib/timeline/lanes';
import { createLaneIndex } from '@/lib/timeline/layout';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';

/**
 * What the timeline lays out once per events, lanes and filter: the events' lane index (the
 * filtered-out left out unless shown faintly), the lanes' geometry, the keyboard's order, which
 * events are faint, and each event's index by id.
 */
export function useTimelineLayout(
  events: TimelineEvent[],
  lanes: readonly Lane[],
  include: ((event: TimelineEvent) => boolean) | null,
  dimExcluded: boolean,
) {
  const hide = include && !dimExcluded ? include : undefined;
  const laneIndex = useMemo(() => createLaneIndex(events, hide, lanes), [events, hide, lanes]);
  const geometry = useMemo(() => createLaneGeometry(lanes.length), [lanes.length]);
  const order = useMemo(
    () => createFocusOrder(events.length, laneIndex),
    [events.length, laneIndex],
  );
  const isDimmed = useMemo(
    () => (include && dimExcluded ? (index: number) => !include(events[index]!) : null),
    [include, dimExcluded, events],
  );
  const indexById = useMemo(() => idIndexOf(events), [events]);
  return { laneIndex, geometry, order, isDimmed, indexById };
}
