import { findLanes, LANES, type Lane } from './lanes';
import type { TimelineEvent } from './timeline-events';
import { linearCoefficients, type TimeScale } from './time-scale';

/** Each lane's events, sorted by time, as indices into the event array. */
export interface LaneIndex {
  times: number[];
  indices: number[];
}

/** One drawn thing in a lane: a single event, or a cluster of events too close to tell apart. */
export type TimelineItem =
  | { type: 'event'; lane: number; x: number; index: number }
  | { type: 'cluster'; lane: number; x: number; x0: number; x1: number; indices: number[] };

/**
 * Sorts each lane's events by time, once per corpus (and per filter and set of lanes): `include`,
 * where given, leaves out the events it rejects. An event sits in every lane that holds it.
 */
export function createLaneIndex(
  events: TimelineEvent[],
  include?: (event: TimelineEvent) => boolean,
  lanes: readonly Lane[] = LANES,
): LaneIndex[] {
  const index: LaneIndex[] = lanes.map(() => ({ times: [], indices: [] }));
  // The kind lanes hold one lane each event: a lookup, not a search.
  const kindLane = lanes === LANES ? KIND_LANE : null;
  const add = (lane: number, event: TimelineEvent, position: number) => {
    index[lane]!.times.push(event.time);
    index[lane]!.indices.push(position);
  };
  const order = isInDateOrder(events) ? null : sortByDate(events);
  for (let i = 0; i < events.length; i += 1) {
    const position = order ? order[i]! : i;
    const event = events[position]!;
    if (include && !include(event)) continue;
    if (kindLane) add(kindLane.get(event.kind)!, event, position);
    else for (const lane of findLanes(event, lanes)) add(lane, event, position);
  }
  return index;
}

function isInDateOrder(events: TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i += 1)
    if (events[i - 1]!.time > events[i]!.time) return false;
  return true;
}

/** Event positions by time, ties by position. */
function sortByDate(events: TimelineEvent[]): number[] {
  return events
    .map((_, position) => position)
    .sort((a, b) => events[a]!.time - events[b]!.time || a - b);
}

/** The index in LANES of each kind's lane. */
const KIND_LANE = new Map(
  LANES.flatMap((lane, index) => (lane.kinds ?? []).map((kind) => [kind, index])),
);

export interface LayoutOptions {
  /** Width of the time bins that gather close events into clusters, in pixels. Default 30. */
  clusterPx?: number;
  /** An event that always gets its own mark (the focused one), even inside a cluster. */
  keep?: number | null;
}

/**
 * The items in view, lane by lane, on a time scale. Events falling in the same time bin
 * (`clusterPx` wide on screen) form a cluster drawn at the bin's centre; a lone event is drawn
 * where it is. Bins are fixed in time, so clusters hold still while the view pans, and
 * neighbouring clusters never overlap. Work is proportional to the events in view (found by
 * bisection), not to the corpus.
 */
export function layoutItems(
  lanes: LaneIndex[],
  scale: TimeScale,
  { clusterPx = 30, keep = null }: LayoutOptions = {},
): TimelineItem[] {
  const { start, x0, pxPerMs } = linearCoefficients(scale);
  const end = +scale.domain()[1]!;
  const binMs = clusterPx / pxPerMs;
  const toX = (time: number) => x0 + (time - start) * pxPerMs;
  const items: TimelineItem[] = [];
  lanes.forEach(({ times, indices }, lane) => {
    const from = bisect(times, start - binMs);
    const to = bisect(times, end + binMs, { after: true });
    let run: number[] = [];
    let runBin = NaN;
    const flush = () => {
      if (run.length === 1) {
        items.push({ type: 'event', lane, x: toX(times[run[0]!]!), index: indices[run[0]!]! });
      } else if (run.length > 1) {
        items.push({
          type: 'cluster',
          lane,
          x: toX((runBin + 0.5) * binMs),
          x0: toX(times[run[0]!]!),
          x1: toX(times[run.at(-1)!]!),
          indices: run.map((i) => indices[i]!),
        });
      }
      run = [];
    };
    for (let i = from; i < to; i += 1) {
      if (indices[i] === keep) {
        items.push({ type: 'event', lane, x: toX(times[i]!), index: keep });
        continue;
      }
      const bin = Math.floor(times[i]! / binMs);
      if (bin !== runBin) {
        flush();
        runBin = bin;
      }
      run.push(i);
    }
    flush();
  });
  return items;
}

/**
 * The first position in sorted `times` whose time is at least `time` or, with `after`, greater than
 * it: where `time` would go before (or after) its equals.
 */
function bisect(times: number[], time: number, { after = false } = {}): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const t = times[middle]!;
    if (after ? t <= time : t < time) low = middle + 1;
    else high = middle;
  }
  return low;
}
