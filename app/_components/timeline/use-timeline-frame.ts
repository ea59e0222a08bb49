import { useCallback, useMemo } from 'react';
import { createTimelineFrame } from '@/lib/timeline/create-timeline-frame';
import { isSameDomain, type Domain } from '@/lib/timeline/domain';
import type { Lane } from '@/lib/timeline/lanes';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import { createMeasure } from './create-measure';
import { drawTimeline } from './draw-timeline';
import type { PaintFrame } from './use-timeline-canvas';
import type { useTimelineLayout } from './use-timeline-layout';

/** What a frame of the timeline is laid out from, besides its window and width. */
export interface TimelineFrameInput {
  events: TimelineEvent[];
  lanes: readonly Lane[];
  layout: ReturnType<typeof useTimelineLayout>;
  selected: number | null;
  focused: number | null;
  words: TimelineWords;
  /** The window as of the view's last pause, and the width it is laid out at (0 before known). */
  shown: Domain;
  width: number;
}

/**
 * The timeline's frames: `computeFrame` lays one out for a window and width, `shownFrame` is the
 * one at rest (the focusable marks and their labels follow it), and `paint` draws a window on the
 * canvas.
 */
export function useTimelineFrame(input: TimelineFrameInput) {
  const { events, lanes, layout, selected, focused, words, shown, width } = input;
  const { laneIndex, indexById, geometry, isDimmed } = layout;
  const measure = useMemo(() => createMeasure(), []);
  const computeFrame = useCallback(
    (current: Domain, frameWidth: number) =>
      createTimelineFrame({
        events,
        lanes: laneIndex,
        domain: current,
        width: frameWidth,
        selected,
        focused,
        measure,
        indexById,
        laneSet: lanes,
        words,
      }),
    [laneIndex, measure, events, indexById, selected, focused, lanes, words],
  );
  const shownFrame = useMemo(
    () => (width ? computeFrame(shown, width) : null),
    [computeFrame, shown, width],
  );
  const paint = useCallback<PaintFrame>(
    (context, colors, current) =>
      drawTimeline(
        context,
        // At rest the canvas shows the window the marks were laid out for: that frame, not another.
        shownFrame && isSameDomain(current, shown) ? shownFrame : computeFrame(current, width),
        colors,
        { lanes, geometry },
        isDimmed,
      ),
    [computeFrame, shownFrame, shown, width, lanes, geometry, isDimmed],
  );
  return { computeFrame, shownFrame, paint };
}
