import { getClusterWidth } from './cluster-width';
import type { TimelineItem } from './layout';
import { isCutShort } from './mark-label';

/** A label placed beside a mark or a cluster, in one of its lane's label rows. */
export interface PlacedLabel {
  /** The labelled item's position in the frame's items. */
  item: number;
  lane: number;
  /** The label row: 0 beside the marks, 1 below them, 2 above them (LaneGeometry's `labelRows`). */
  row: number;
  /** Where the text is anchored, in pixels: its left end (`start`) or its right end (`end`). */
  x: number;
  align: 'start' | 'end';
  /** The text's width in pixels, as `measure` gave it. */
  width: number;
  text: string;
}

export interface LabelOptions {
  /** A single event's labels, longest first (createMarkLabels). */
  labelsOf: (index: number) => readonly string[];
  /** A cluster's label (createClusterLabel). */
  clusterLabelOf: (indices: readonly number[]) => string;
  /** A text's width in pixels. */
  measure: (text: string) => number;
  /** The frame's width: labels stay inside it. */
  width: number;
  /** Label rows per lane: 1 beside the marks only, 2 and below them, 3 and above them. Default 3. */
  rows?: number;
  /** Where each lane's title ends, in pixels: the row above the marks starts after it. */
  titleEnds?: readonly number[];
  /** Events always labelled (the selected and the focused), even where their label crowds a mark. */
  always?: readonly (number | null)[];
}

/** Space kept between a label and a mark's centre, in pixels: clear of the selection ring. */
const BESIDE = 13;
/** Space kept between a label below or above the marks and its mark's centre. */
const BELOW = 8;
/** Space kept between two labels in a row. */
const GAP = 6;
/** Half the width a mark takes in the row beside the marks; a ringed one takes RING. */
const MARK = 7;
const RING = 12;

/**
 * Labels for the items on screen, stacked as vis-timeline stacks its items: each goes beside its
 * mark, else in the row below, with its longest text that fits, to the right of its mark or, where
 * there is no room on the right in either row, to its left; an item gets no label only where none
 * of these fits. Labels
 * never overlap one another, the marks beside them, or the frame's edges. The `always` events are
 * labelled first, and even where their shortest label must crowd a neighbouring mark. Items are
 * labelled left to right within a lane, so the first of two close marks keeps its label.
 */
export function placeLabels(items: TimelineItem[], options: LabelOptions): PlacedLabel[] {
  const byLane = new Map<number, number[]>();
  items.forEach((item, position) => {
    if (item.x < 0 || item.x > options.width) return;
    const lane = byLane.get(item.lane);
    if (lane) lane.push(position);
    else byLane.set(item.lane, [position]);
  });
  const labels: PlacedLabel[] = [];
  for (const positions of byLane.values()) {
    positions.sort((a, b) => items[a]!.x - items[b]!.x);
    labels.push(...placeLaneLabels(items, positions, options));
  }
  return labels;
}

/** A span of a row, in pixels; `owner` is the item whose mark or ring it is, if any. */
export interface Span {
  left: number;
  right: number;
  owner?: number;
}

function placeLaneLabels(
  items: TimelineItem[],
  positions: number[],
  { labelsOf, clusterLabelOf, measure, width, rows = 3, always = [], titleEnds = [] }: LabelOptions,
): PlacedLabel[] {
  const isAlways = (item: TimelineItem) => item.type === 'event' && always.includes(item.index);
  const halfOf = (item: TimelineItem) =>
    item.type === 'cluster'
      ? getClusterWidth(item.indices.length) / 2
      : isAlways(item)
        ? RING
        : MARK;
  // What labels keep clear of: in the row beside the marks, every mark; below them, only the
  // rings and clusters, which reach down into that row.
  const obstacles: Span[][] = Array.from({ length: rows }, (_, row) =>
    positions.flatMap((owner) => {
      const item = items[owner]!;
      if (row > 0 && item.type === 'event' && !isAlways(item)) return [];
      const half = halfOf(item) - (row > 0 ? 3 : 0);
      return [{ left: item.x - half, right: item.x + half, owner }];
    }),
  );
  const titleEnd = rows > 2 ? (titleEnds[items[positions[0]!]!.lane] ?? 0) : 0;
  const taken: Span[][] = Array.from({ length: rows }, () => []);
  const isFree = (span: Span, row: number, force: boolean) =>
    !taken[row]!.some((other) => overlaps(span, other, GAP)) &&
    (force || !hitsObstacle(obstacles[row]!, span));
  const labelled = new Map<number, PlacedLabel>();
  // A label below the marks stops short of where the next mark still without one would put its own.
  const rank = new Map(positions.map((position, order) => [position, order]));
  const limitOf = (position: number) => {
    for (let order = rank.get(position)! + 1; order < positions.length; order += 1)
      if (!labelled.has(positions[order]!)) return items[positions[order]!]!.x + BELOW - GAP;
    return Infinity;
  };
  // Each item's texts and their widths, found once for all the passes.
  const textsOf = new Map<number, { text: string; width: number }[]>();
  const candidatesOf = (position: number) => {
    let found = textsOf.get(position);
    if (!found) {
      const item = items[position]!;
      const texts = item.type === 'event' ? labelsOf(item.index) : [clusterLabelOf(item.indices)];
      found = texts.map((text) => ({ text, width: measure(text) }));
      textsOf.set(position, found);
    }
    return found;
  };
  const place = (position: number, slots: readonly Slot[], cut: boolean, force = false) => {
    const item = items[position]!;
    const texts = candidatesOf(position);
    const clearance = item.type === 'cluster' ? halfOf(item) - 6 : 0;
    for (const { row, align } of slots)
      for (const { text, width: textWidth } of texts) {
        if (!cut && isCutShort(text)) continue;
        const offset = clearance + (row === 0 ? BESIDE : BELOW);
        const x = align === 'start' ? item.x + offset : item.x - offset;
        const left = align === 'start' ? x : x - textWidth;
        const right = left + textWidth;
        // The cheap tests first: a frame tries many labels that do not fit.
        if (left < 0 || right > width || (row === 2 && left < titleEnd)) continue;
        if (row === 1 && align === 'start' && right > limitOf(position)) continue;
        const span = { left, right, owner: position };
        if (!isFree(span, row, force)) continue;
        taken[row]!.push(span);
        const label = { item: position, lane: item.lane, row, x, align, width: textWidth, text };
        labelled.set(position, label);
        return;
      }
  };
  const first = positions.filter((position) => isAlways(items[position]!));
  const order = [...first, ...positions.filter((position) => !first.includes(position))];
  // Beside the marks first, then below and above them, then on their left. The row beside them
  // holds a label no longer than the room before the next mark, and the row below one no longer
  // than the room before the next mark still without a label, so neither takes another's place.
  const rowsInOrder = Array.from({ length: rows }, (_, row) => row);
  // A label cut short ("Okinawa…") only where the whole of it fits in no row.
  const start = rowsInOrder.map((row) => ({ row, align: 'start' }) as const);
  const passes: [Slot[], boolean][] = [
    [start.slice(0, 1), false],
    [start.slice(1), false],
    [start, true],
    [rowsInOrder.map((row) => ({ row, align: 'end' })), true],
  ];
  for (const [slots, cut] of passes)
    for (const position of order) if (!labelled.has(position)) place(position, slots, cut);
  for (const position of first)
    if (!labelled.has(position))
      place(
        position,
        [
          { row: 0, align: 'start' },
          { row: 0, align: 'end' },
        ],
        true,
      );
  return [...labelled.values()];
}

/** Where a label may go: a row, and a side of its mark. */
interface Slot {
  row: number;
  align: 'start' | 'end';
}

/** The span of a row a label covers. */
export function spanOf({ x, align, width }: PlacedLabel): Span {
  return align === 'start' ? { left: x, right: x + width } : { left: x - width, right: x };
}

/** The widest an obstacle reaches either side of its item, in pixels: a cluster's half. */
const MAX_HALF = 16;

/**
 * Whether a span runs into an obstacle other than its own item's: `obstacles` are in order of
 * their items' x, so only those from just before the span's left end on are looked at.
 */
function hitsObstacle(obstacles: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = obstacles.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (obstacles[middle]!.left < span.left - 2 * MAX_HALF) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < obstacles.length && obstacles[i]!.left < span.right; i += 1) {
    const other = obstacles[i]!;
    if (other.owner !== span.owner && overlaps(span, other, 0)) return true;
  }
  return false;
}

function overlaps(a: Span, b: Span, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap;
}
