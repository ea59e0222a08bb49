import { useMemo, type CSSProperties } from 'react';
import type { TimelineFrame } from '@/lib/timeline/create-timeline-frame';
import { describeCluster } from '@/lib/timeline/describe-window';
import { tabStopOf } from '@/lib/timeline/focus-order';
import type { Lane, LaneGeometry } from '@/lib/timeline/lanes';
import { getClusterWidth } from '@/lib/timeline/cluster-width';
import type { TimelineItem } from '@/lib/timeline/layout';
import type { PlacedLabel } from '@/lib/timeline/place-labels';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { formatDayIn } from '@/lib/timeline/format-utc-in';
import { nameLangOf } from '@/lib/timeline/localize-timeline';
import type { TimelineWords } from '@/lib/timeline/timeline-words';

/** Half the width of a mark's focusable button, in pixels. */
const MARK_HALF = 10;

type Cluster = Extract<TimelineItem, { type: 'cluster' }>;

interface TimelineMarksProps {
  lanes: readonly Lane[];
  events: TimelineEvent[];
  /**
   * The frame the marks are laid out from: the window as of the view's last pause, with the
   * labels the canvas draws for it.
   */
  frame: TimelineFrame | null;
  geometry: LaneGeometry;
  onFocusMark: (index: number) => void;
  onSelect: (id: string) => void;
  onOpenCluster: (cluster: Cluster) => void;
  /** The card's element id, and the event it is open for: that mark is described by it. */
  cardId: string;
  cardFor: number | null;
  /** Opens the card of an event on hovering or focusing its mark; closes it on leaving. */
  onShowCard: (index: number, element: HTMLElement) => void;
  onHideCard: () => void;
  /** Closes the card at once. */
  onCloseCard: () => void;
  words: Pick<TimelineWords, 'clusterName' | 'language' | 'events'>;
}

/**
 * The focusable layer over the canvas: a group per lane, a button per mark or cluster on screen,
 * each holding the text of its label where the canvas draws one, at the same place (the canvas
 * paints it; this copy is there to be read, found and selected).
 * One mark is in the tab order; arrow keys (handled by the timeline) move between the rest.
 */
export function TimelineMarks({
  lanes,
  events,
  frame,
  geometry,
  onFocusMark,
  onSelect,
  onOpenCluster,
  cardId,
  cardFor,
  onShowCard,
  onHideCard,
  onCloseCard,
  words,
}: TimelineMarksProps) {
  const onScreen = useMemo(
    () =>
      frame
        ? frame.items.flatMap((item, position) =>
            isOnScreen(item, frame.width) ? [{ item, position }] : [],
          )
        : [],
    [frame],
  );
  const labels = useMemo(
    () => new Map((frame?.labels ?? []).map((label) => [label.item, label])),
    [frame],
  );
  const selected = frame?.selected ?? null;
  const tabStop = useMemo(
    () =>
      tabStopOf(
        onScreen.map(({ item }) => item),
        frame?.focused ?? null,
        selected,
      ),
    [onScreen, frame, selected],
  );
  // An event may sit in several theme lanes: the first of its marks takes the tab stop.
  const tabStopLane = onScreen.find(({ item }) => item.type === 'event' && item.index === tabStop)
    ?.item.lane;
  const textOf = (label: PlacedLabel | undefined, left: number, width: number) =>
    label && (
      <span
        className="timeline-mark-label"
        style={labelStyle(label, left, width, geometry.labelRows[label.row]!)}
      >
        {label.text}
      </span>
    );
  return lanes.map((lane, laneNumber) => (
    <div key={lane.id} role="group" aria-label={lane.label} className="timeline-lane">
      {onScreen
        .filter(({ item }) => item.lane === laneNumber)
        .map(({ item, position }) => {
          if (item.type === 'event') {
            const event = events[item.index]!;
            const left = item.x - MARK_HALF;
            return (
              <button
                key={event.id}
                type="button"
                className="timeline-mark"
                data-event-id={event.id}
                lang={nameLangOf(event.id, words)}
                aria-label={`${formatDayIn(event.date, words.language)}: ${event.title}`}
                aria-current={item.index === selected ? 'true' : undefined}
                aria-describedby={cardFor === item.index ? cardId : undefined}
                tabIndex={tabStop === item.index && item.lane === tabStopLane ? 0 : -1}
                style={{ left, top: geometry.markY(item.lane) - 10 }}
                onFocus={(focus) => {
                  onFocusMark(item.index);
                  onShowCard(item.index, focus.currentTarget);
                }}
                onBlur={onHideCard}
                onPointerEnter={(pointer) => {
                  if (pointer.pointerType === 'mouse')
                    onShowCard(item.index, pointer.currentTarget);
                }}
                onPointerLeave={onHideCard}
                onClick={() => {
                  // The panel the click opens says all the card did.
                  onCloseCard();
                  onSelect(event.id);
                }}
              >
                {textOf(labels.get(position), left, MARK_HALF * 2)}
              </button>
            );
          }
          const width = getClusterWidth(item.indices.length);
          const left = item.x - width / 2;
          return (
            <button
              key={`cluster-${events[item.indices[0]!]!.id}`}
              type="button"
              className="timeline-cluster"
              aria-label={describeCluster(item.indices, events, words)}
              tabIndex={-1}
              style={{ left, width, top: geometry.markY(item.lane) - 10 }}
              onClick={() => onOpenCluster(item)}
            >
              {textOf(labels.get(position), left, width)}
            </button>
          );
        })}
    </div>
  ));
}

/** A label's text where the canvas draws it, relative to its button (`left`, `width` in pixels). */
function labelStyle(label: PlacedLabel, left: number, width: number, rowY: number): CSSProperties {
  // The button is 20 px tall, centred on the mark; the label's line is 16 px, centred on its row.
  const top = 10 + rowY - 8;
  return label.align === 'start'
    ? { left: label.x - left, top }
    : { right: left + width - label.x, top };
}

/**
 * Whether an item's button is on a screen `width` pixels wide, whole or cut by an edge: the canvas
 * lays out marks just beyond the edges too, which take no button.
 */
function isOnScreen(item: TimelineItem, width: number): boolean {
  const half = item.type === 'event' ? MARK_HALF : getClusterWidth(item.indices.length) / 2;
  return item.x + half >= 0 && item.x - half <= width;
}
