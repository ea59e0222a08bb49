import { formatUtc } from '../dates/format-date';
import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';
import { findLanes, LANES, type ArcEnds, type Lane } from './lanes';
import {
  layoutItems,
  placeLabels,
  type LaneIndex,
  type PlacedLabel,
  type TimelineItem,
} from './layout';
import { createTicks, type Tick } from './ticks';
import { createTimeScale } from './time-scale';

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
  indexById: ReadonlyMap<string, number>;
  /** The lanes `lanes` was indexed for, to place arcs; the kind lanes where not given. */
  laneSet?: readonly Lane[];
}

/** Lays out one view: items and clusters, labels that never overlap, ticks, reference arcs. */
export function createTimelineFrame(options: FrameOptions): TimelineFrame {
  const { events, lanes, domain, width, selected, focused, measure, indexById } = options;
  const laneSet = options.laneSet ?? LANES;
  const scale = createTimeScale(domain, width);
  const items = layoutItems(lanes, scale, { keep: focused ?? selected });
  const labels = placeLabels(items, (index) => createMarkLabel(events[index]!), measure, width);
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
  return { width, items, labels, ticks: createTicks(scale), selected, focused, arcs };
}

const markLabels = new WeakMap<TimelineEvent, string>();

/**
 * "4 May 2022 · Defense Ministerial Meeting": a mark's label, short enough to sit beside it. Made
 * once per event: a frame asks for the label of every event in view.
 */
export function createMarkLabel(event: TimelineEvent): string {
  let label = markLabels.get(event);
  if (label === undefined) {
    const name = event.label ?? event.title.replace(/^Japan-U\.S\.\s+/, '');
    const short = name.length > 38 ? `${name.slice(0, 37)}…` : name;
    label = `${formatUtc(event.time, 'd MMM yyyy')} · ${short}`;
    markLabels.set(event, label);
  }
  return label;
}

/** A label width estimate where no canvas can measure (on the server): generous, so never too short. */
export function estimateTextWidth(text: string): number {
  return text.length * 7;
}
