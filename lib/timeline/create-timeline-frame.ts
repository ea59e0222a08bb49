import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';
import {
  createLaneGeometry,
  estimateTitleWidth,
  findLanes,
  laneTitleBox,
  LANES,
  type ArcEnds,
  type Lane,
} from './lanes';
import { layoutItems, type LaneIndex, type TimelineItem } from './layout';
import { createClusterLabel, createMarkLabels } from './mark-label';
import { placeLabels, type PlacedLabel } from './place-labels';
import { countWideChars } from './count-wide-chars';
import { createTicks, type Tick } from './ticks';
import { createTimeScale } from './time-scale';
import type { TimelineWords } from './timeline-words';

/** Everything one view of the timeline shows, in pixels for a given width: what a renderer draws. */
export interface TimelineFrame {
  width: number;
  items: TimelineItem[];
  labels: PlacedLabel[];
  ticks: Tick[];
  /** Event index of the selected event. */
  selected: number | null;
  /** Event index of the focused event. */
  focused: number | null;
  /** Reference arcs from the selected event: x positions and lanes of both ends. */
  arcs: ArcEnds[];
}

export interface FrameOptions {
  events: TimelineEvent[];
  lanes: LaneIndex[];
  domain: Domain;
  width: number;
  selected: number | null;
  focused: number | null;
  /** Width of a label's text in pixels. */
  measure: (text: string) => number;

  /** Event index by id, to find the events a selected one refers to. */
  indexById: Pick<ReadonlyMap<string, number>, 'get'>;
  /** The lanes `lanes` was indexed for, to place arcs; the kind lanes where not given. */
  laneSet?: readonly Lane[];
  /** The page's language and the clusters' labels in it: the ticks and clusters are worded so. */
  words: Pick<TimelineWords, 'clusters' | 'language'>;
}

/**
 * Lays out one view: items and clusters, labels that never overlap, ticks, reference arcs. The
 * canvas, its SVG download and the server's first view all draw what this lays out.
 */
export function createTimelineFrame(options: FrameOptions): TimelineFrame {
  const { events, lanes, domain, width, selected, focused, measure, indexById, words } = options;
  const laneSet = options.laneSet ?? LANES;
  const scale = createTimeScale(domain, width);
  const geometry = createLaneGeometry(laneSet.length);
  const items = layoutItems(lanes, scale, { keep: focused ?? selected });
  const labels = placeLabels(items, {
    labelsOf: (index) => createMarkLabels(events[index]!),
    clusterLabelOf: (indices) => createClusterLabel(indices, events, words),
    measure,
    width,
    rows: geometry.labelRows.length,
    always: [selected, focused],
    titleEnds: laneSet.map((lane, index) => {
      const box = laneTitleBox(laneSet, index, geometry, estimateTitleWidth(lane.label));
      return box.x + box.width + 4;
    }),
  });
  const source = selected === null ? null : events[selected]!;
  const sourceLane = source ? findLanes(source, laneSet)[0] : undefined;
  const arcs =
    sourceLane === undefined
      ? []
      : source!.references.flatMap((id) => {
          const index = indexById.get(id);
          const lane = index === undefined ? undefined : findLanes(events[index]!, laneSet)[0];
          if (lane === undefined) return [];
          return [
            {
              x0: scale(source!.time),
              lane0: sourceLane,
              x1: scale(events[index!]!.time),
              lane1: lane,
            },
          ];
        });
  const ticks = createTicks(scale, words.language);
  return { width, items, labels, ticks, selected, focused, arcs };
}

/**
 * A label width estimate where no canvas can measure (on the server): generous, so never too short.
 * A full-width character (Japanese) takes the font's whole 12 px and a little more.
 */
export function estimateTextWidth(text: string): number {
  const wide = countWideChars(text);
  return (text.length - wide) * 7 + wide * 12.5;
}
