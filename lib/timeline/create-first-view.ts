import {
  createTimelineFrame,
  estimateTextWidth,
  type TimelineFrame,
} from './create-timeline-frame';
import type { TimelineData } from './create-timeline-data';
import type { TimelineView } from './parse-timeline-view';
import type { TimelineEvent } from './timeline-events';
import { LANES, type Lane } from './lanes';
import { createLaneIndex } from './layout';
import { localizeEvents } from './localize-timeline';
import type { TimelineWords } from './timeline-words';

/**
 * A frame reduced to what a static picture needs, small enough to inline in the page: positions
 * rounded to a tenth of a pixel, marks as each lane's x positions, no event indices.
 */
export interface StaticFrame {
  width: number;
  /** Each lane's mark positions. */
  marks: number[][];
  /** The selected event's marks in view: one per lane that holds it. */
  selected: { lane: number; x: number }[];
  clusters: { lane: number; x: number; count: number }[];
  /** Labels as the canvas places them (placeLabels): `x` is where the text is anchored. */
  labels: { lane: number; row: number; x: number; align: 'start' | 'end'; text: string }[];
  ticks: { x: number; label: string; major: boolean }[];
  arcs: TimelineFrame['arcs'];
}

/** The three screen sizes the first view is drawn for, each at the narrowest width it may have. */
export const FIRST_VIEW_SIZES = ['small', 'medium', 'large'] as const;
export type FirstViewSize = (typeof FIRST_VIEW_SIZES)[number];

/**
 * The timeline's first view, laid out on the server for each screen size at a width no wider than
 * the timeline will have there (labels placed for it never overlap on a wider screen): phones,
 * tablets, and wide screens with or without the event panel beside the timeline.
 */
export function createFirstViews(
  data: TimelineData,
  view: TimelineView,
  /** The page's words: the events' names, ticks and clusters in its language. */
  words: Pick<TimelineWords, 'clusters' | 'language' | 'events'>,
  /** Which events the theme filter keeps; every event where not given. */
  include?: (event: TimelineEvent) => boolean,
  /** The lanes shown (titled in the page's language); the kind lanes where not given. */
  laneSet: readonly Lane[] = LANES,
): Record<FirstViewSize, StaticFrame> {
  // The kind lanes titled in another language hold the same events: their index is the data's.
  const kindLanes =
    laneSet.length === LANES.length && laneSet.every((lane, i) => lane.id === LANES[i]!.id);
  const lanes = include || !kindLanes ? createLaneIndex(data.events, include, laneSet) : data.lanes;
  const widths: Record<FirstViewSize, number> = {
    small: 340,
    medium: 560,
    large: view.event ? 620 : 1040,
  };
  const { indexById } = data;
  const events = localizeEvents(data.events, words);
  const selected = view.event === null ? null : (indexById.get(view.event) ?? null);
  const frame = (width: number) =>
    toStatic(
      createTimelineFrame({
        events,
        lanes,
        domain: view.domain,
        width,
        selected,
        focused: null,
        measure: estimateTextWidth,
        indexById,
        laneSet,
        words,
      }),
      laneSet.length,
    );
  return { small: frame(widths.small), medium: frame(widths.medium), large: frame(widths.large) };
}

function toStatic(frame: TimelineFrame, laneCount: number): StaticFrame {
  const round = (x: number) => Math.round(x * 10) / 10;
  const marks = Array.from({ length: laneCount }, () => [] as number[]);
  const selected: StaticFrame['selected'] = [];
  for (const item of frame.items) {
    if (item.type !== 'event') continue;
    marks[item.lane]!.push(round(item.x));
    if (item.index === frame.selected) selected.push({ lane: item.lane, x: round(item.x) });
  }
  return {
    width: frame.width,
    marks,
    selected,
    clusters: frame.items.flatMap((item) =>
      item.type === 'cluster'
        ? [{ lane: item.lane, x: round(item.x), count: item.indices.length }]
        : [],
    ),
    labels: frame.labels.map(({ lane, row, x, align, text }) => ({
      lane,
      row,
      x: round(x),
      align,
      text,
    })),
    ticks: frame.ticks.map(({ x, label, major }) => ({ x: round(x), label, major })),
    arcs: frame.arcs,
  };
}

/** The width of a digit in the counts' tabular figures, in em. */
const DIGIT_EM = 0.6;

/**
 * A cluster's count as digits placed one by one for an SVG text that holds a lane's counts: each
 * digit at the cluster's x, shifted by its offset from the count's centre (in em). With
 * `text-anchor: middle`, every digit placed on its own is centred where it is put.
 */
export function placeCountDigits(
  count: number,
  x: string,
): { text: string; x: string; dx: string }[] {
  const digits = String(count);
  return [...digits].map((text, index) => ({
    text,
    x,
    dx: `${((index - (digits.length - 1) / 2) * DIGIT_EM).toFixed(1)}em`,
  }));
}
