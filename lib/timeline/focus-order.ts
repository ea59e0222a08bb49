import type { Domain } from './domain';
import type { LaneIndex, TimelineItem } from './layout';
import type { TimelineEvent } from './timeline-events';

/** The events arrow keys move through, as event indices in date order: those in some lane. */
export function createFocusOrder(eventCount: number, lanes: LaneIndex[]): number[] {
  const shown = new Uint8Array(eventCount);
  for (const lane of lanes) for (const index of lane.indices) shown[index] = 1;
  const order: number[] = [];
  for (let index = 0; index < eventCount; index += 1) if (shown[index]) order.push(index);
  return order;
}

/**
 * The event `target` steps from `current` in the focus order (or the first or the last), kept
 * within it. From an event not in the order (one the filter hides), a step counts from between its
 * neighbours. Null when the order is empty.
 */
export function stepFocus(
  order: readonly number[],
  current: number | null,
  target: 'first' | 'last' | number,
): number | null {
  if (!order.length) return null;
  const position = current === null ? -1 : order.findIndex((index) => index >= current);
  const at = order[position] === current ? position : position - 0.5;
  const next =
    target === 'first' ? 0 : target === 'last' ? order.length - 1 : Math.round(at + target);
  return order[Math.min(Math.max(next, 0), order.length - 1)]!;
}

/**
 * The one mark in the tab order: the focused event, else the selected one, else the leftmost
 * event on screen. Null when no single event is on screen.
 */
export function tabStopOf(
  items: readonly TimelineItem[],
  focused: number | null,
  selected: number | null,
): number | null {
  const marks = items.filter((item) => item.type === 'event');
  const shown = new Set(marks.map((item) => item.index));
  if (focused !== null && shown.has(focused)) return focused;
  if (selected !== null && shown.has(selected)) return selected;
  const first = [...marks].sort((a, b) => a.x - b.x)[0];
  return first ? first.index : null;
}

/** The first event (in date order) at or after the window's start, or null. */
export function firstInView(events: readonly TimelineEvent[], [start]: Domain): number | null {
  const index = events.findIndex((event) => event.time >= start);
  return index < 0 ? null : index;
}
