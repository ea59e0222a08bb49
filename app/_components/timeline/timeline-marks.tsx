import { useMemo } from 'react';
import { formatDate } from '@/lib/dates/format-date';
import { describeCluster } from '@/lib/timeline/describe-window';
import type { Domain } from '@/lib/timeline/domain';
import { tabStopOf } from '@/lib/timeline/focus-order';
import type { Lane, LaneGeometry } from '@/lib/timeline/lanes';
import { getClusterWidth } from '@/lib/timeline/cluster-width';
import { layoutItems, type LaneIndex, type TimelineItem } from '@/lib/timeline/layout';
import { createTimeScale } from '@/lib/timeline/time-scale';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';

/** Half the width of a mark's focusable button, in pixels. */
const MARK_HALF = 10;

type Cluster = Extract<TimelineItem, { type: 'cluster' }>;

interface TimelineMarksProps {
  lanes: readonly Lane[];
  /** The events in each lane (createLaneIndex). */
  laneIndex: LaneIndex[];
  events: TimelineEvent[];
  /** The window the marks are laid out for: the one as of the view's last pause. */
  domain: Domain;
  /** The timeline's width in pixels; no marks until it is known. */
  width: number;
  geometry: LaneGeometry;
  selected: number | null;
  /** The focused event, which keeps a mark of its own even inside a cluster. */
  focused: number | null;
  onFocusMark: (index: number) => void;
  onSelect: (id: string) => void;
  onOpenCluster: (cluster: Cluster) => void;
}

/**
 * The focusable layer over the canvas: a group per lane, a button per mark or cluster on screen.
 * One mark is in the tab order; arrow keys (handled by the timeline) move between the rest.
 */
export function TimelineMarks({
  lanes,
  laneIndex,
  events,
  domain,
  width,
  geometry,
  selected,
  focused,
  onFocusMark,
  onSelect,
  onOpenCluster,
}: TimelineMarksProps) {
  const items = useMemo(
    () =>
      width
        ? layoutItems(laneIndex, createTimeScale(domain, width), {
            keep: focused ?? selected,
          }).filter((item) => isOnScreen(item, width))
        : [],
    [laneIndex, domain, width, focused, selected],
  );
  const tabStop = useMemo(() => tabStopOf(items, focused, selected), [items, focused, selected]);
  // An event may sit in several theme lanes: the first of its marks takes the tab stop.
  const tabStopLane = items.find((item) => item.type === 'event' && item.index === tabStop)?.lane;
  return lanes.map((lane, laneNumber) => (
    <div key={lane.id} role="group" aria-label={lane.label} className="timeline-lane">
      {items
        .filter((item) => item.lane === laneNumber)
        .map((item) =>
          item.type === 'event' ? (
            <button
              key={events[item.index]!.id}
              type="button"
              className="timeline-mark"
              data-event-id={events[item.index]!.id}
              aria-label={`${formatDate(events[item.index]!.date)}: ${events[item.index]!.title}`}
              aria-current={item.index === selected ? 'true' : undefined}
              tabIndex={tabStop === item.index && item.lane === tabStopLane ? 0 : -1}
              style={{ left: item.x - MARK_HALF, top: geometry.markY(item.lane) - 10 }}
              onFocus={() => onFocusMark(item.index)}
              onClick={() => onSelect(events[item.index]!.id)}
            />
          ) : (
            <button
              key={`cluster-${events[item.indices[0]!]!.id}`}
              type="button"
              className="timeline-cluster"
              aria-label={describeCluster(item.indices, events)}
              tabIndex={-1}
              style={{
                left: item.x - getClusterWidth(item.indices.length) / 2,
                width: getClusterWidth(item.indices.length),
                top: geometry.markY(item.lane) - 10,
              }}
              onClick={() => onOpenCluster(item)}
            />
          ),
        )}
    </div>
  ));
}

/**
 * Whether an item's button is on a screen `width` pixels wide, whole or cut by an edge: the canvas
 * lays out marks just beyond the edges too, which take no button.
 */
function isOnScreen(item: TimelineItem, width: number): boolean {
  const half = item.type === 'event' ? MARK_HALF : getClusterWidth(item.indices.length) / 2;
  return item.x + half >= 0 && item.x - half <= width;
}
