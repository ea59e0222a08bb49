'use client';

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { centreDomain, type Domain } from '@/lib/timeline/domain';
import { firstInView, stepFocus } from '@/lib/timeline/focus-order';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';

interface FocusOptions {
  events: TimelineEvent[];
  /** The events arrow keys move through (createFocusOrder). */
  order: readonly number[];
  /** The focused event's index, and its setter (the timeline keeps the state: its frame shows it). */
  focused: number | null;
  setFocused: (index: number) => void;
  selected: number | null;
  bounds: Domain;
  /** The window on screen. */
  getDomain: () => Domain;
  /** Moves the window to another, with a history entry. */
  jumpTo: (domain: Domain) => void;
}

/** How focus moves between the timeline's marks. */
export interface TimelineFocus {
  /** Focuses an event's mark, moving the window to it first if it is out of view. */
  focusEvent: (index: number) => void;
  /** Moves focus `target` steps through the order (negative: back), or to its first or last. */
  moveFocus: (target: 'first' | 'last' | number) => void;
}

/**
 * Moves focus between the marks in `container` by event index. A mark out of view appears only
 * once the window has moved to it, so focus follows at the first render that has it.
 */
export function useTimelineFocus(
  container: RefObject<HTMLElement | null>,
  { events, order, focused, setFocused, selected, bounds, getDomain, jumpTo }: FocusOptions,
): TimelineFocus {
  const wanted = useRef(false);
  useEffect(() => {
    if (!wanted.current || focused === null) return;
    const mark = container.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(events[focused]!.id)}"]`,
    );
    if (!mark) return;
    wanted.current = false;
    // The container clips its marks: scrolling it to one at the edge would shift them all.
    mark.focus({ preventScroll: true });
  });

  const focusEvent = useCallback(
    (index: number) => {
      const time = events[index]!.time;
      const [start, end] = getDomain();
      if (time < start || time > end) jumpTo(centreDomain(time, end - start, bounds));
      wanted.current = true;
      setFocused(index);
    },
    [events, getDomain, jumpTo, bounds, setFocused],
  );

  const moveFocus = (target: 'first' | 'last' | number) => {
    const current = focused ?? selected ?? firstInView(events, getDomain());
    const next = stepFocus(order, current, target);
    if (next !== null) focusEvent(next);
  };

  return { focusEvent, moveFocus };
}
