import type { TimelineFrame } from '@/lib/timeline/create-timeline-frame';
import type { TimelineColors } from '@/lib/timeline/create-timeline-svg';

export type { TimelineColors };
import { getClusterWidth } from '@/lib/timeline/cluster-width';
import type { TimelineItem } from '@/lib/timeline/layout';
import type { Tick } from '@/lib/timeline/ticks';
import {
  createArcCurve,
  getLaneColor,
  laneTitleBox,
  LANES,
  type Lane,
  type LaneGeometry,
} from '@/lib/timeline/lanes';
import type { PlacedLabel } from '@/lib/timeline/place-labels';

/** Sizes and fonts of the timeline's parts, in CSS pixels; lane heights are in LaneGeometry. */
export const GEOMETRY = {
  markRadius: 5.5,
  font: '12px system-ui, sans-serif',
  countFont: '600 11px system-ui, sans-serif',
  laneFont: '600 11px system-ui, sans-serif',
} as const;

/** The lanes a frame is drawn with, their measures, and their colours. */
export interface LaneStyle {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
}

/** Colours read from the page's CSS custom properties, so the canvas follows light and dark. */
export function readColors(element: Element): TimelineColors {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888888';
  return {
    fg: read('--fg'),
    muted: read('--muted'),
    line: read('--line'),
    band: read('--panel'),
    accent: read('--accent'),
    onLane: read('--on-lane'),
    bg: read('--bg'),
    lanes: LANES.map((_, index) => read(`--lane-${index}`)),
  };
}

/**
 * Draws a frame: lane bands, axis and ticks, reference arcs, the lanes' titles on boxes of their
 * own above those, then marks, clusters and their labels.
 */
export function drawTimeline(
  context: CanvasRenderingContext2D,
  frame: TimelineFrame,
  colors: TimelineColors,
  style: LaneStyle,
  /** Events drawn faintly (those the theme filter does not match, in "dim" mode). */
  isDimmed: ((index: number) => boolean) | null = null,
): void {
  const { width, items, labels, ticks, selected, focused, arcs } = frame;
  const { markY } = style.geometry;
  context.clearRect(0, 0, width, style.geometry.height);
  drawLanes(context, width, colors, style);
  drawAxis(context, ticks, colors, style.geometry);
  drawArcs(context, arcs, colors, style.geometry);
  drawLaneTitles(context, colors, style);
  for (const item of items) {
    const dimmed = isDimmed
      ? item.type === 'event'
        ? isDimmed(item.index)
        : item.indices.every(isDimmed)
      : false;
    context.globalAlpha = dimmed ? 0.25 : 1;
    drawItem(
      context,
      item,
      markY(item.lane),
      getLaneColor(style.lanes, item.lane, colors.lanes) ?? colors.fg,
      colors,
      item.type === 'event' && item.index === selected,
      item.type === 'event' && item.index === focused,
    );
  }
  context.globalAlpha = 1;
  context.font = GEOMETRY.font;
  context.textBaseline = 'middle';
  context.fillStyle = colors.fg;
  for (const label of labels) {
    context.globalAlpha = isLabelDimmed(label, items, isDimmed) ? 0.35 : 1;
    context.textAlign = label.align === 'end' ? 'right' : 'left';
    context.fillText(label.text, label.x, markY(label.lane) + style.geometry.labelRows[label.row]!);
  }
  context.textAlign = 'start';
  context.globalAlpha = 1;
}

function isLabelDimmed(
  label: PlacedLabel,
  items: readonly TimelineItem[],
  isDimmed: ((index: number) => boolean) | null,
): boolean {
  if (!isDimmed) return false;
  const item = items[label.item]!;
  return item.type === 'event' ? isDimmed(item.index) : item.indices.every(isDimmed);
}

function drawLanes(
  context: CanvasRenderingContext2D,
  width: number,
  colors: TimelineColors,
  { lanes, geometry }: LaneStyle,
): void {
  lanes.forEach((_, index) => {
    if (index % 2) return;
    context.fillStyle = colors.band;
    context.fillRect(
      0,
      geometry.axisHeight + index * geometry.laneHeight,
      width,
      geometry.laneHeight,
    );
  });
}

function drawLaneTitles(
  context: CanvasRenderingContext2D,
  colors: TimelineColors,
  { lanes, geometry }: LaneStyle,
): void {
  context.font = GEOMETRY.laneFont;
  context.textBaseline = 'top';
  lanes.forEach((lane, index) => {
    const text = lane.label.toUpperCase();
    const box = laneTitleBox(lanes, index, geometry, context.measureText(text).width);
    // The lane's own background, so the title reads clear of the lines that pass under it.
    context.fillStyle = index % 2 ? colors.bg : colors.band;
    roundRect(context, box.x, box.y, box.width, box.height, 4);
    context.fill();
    context.fillStyle = colors.muted;
    context.fillText(box.text, box.textX, box.textTop);
  });
}

function drawAxis(
  context: CanvasRenderingContext2D,
  ticks: Tick[],
  colors: TimelineColors,
  geometry: LaneGeometry,
): void {
  context.font = GEOMETRY.font;
  context.textBaseline = 'middle';
  for (const tick of ticks) {
    context.fillStyle = colors.line;
    context.fillRect(
      Math.round(tick.x),
      geometry.axisHeight - (tick.major ? 8 : 5),
      1,
      geometry.height,
    );
    context.fillStyle = tick.major ? colors.fg : colors.muted;
    context.fillText(tick.label, Math.round(tick.x) + 4, geometry.axisHeight / 2);
  }
}

function drawItem(
  context: CanvasRenderingContext2D,
  item: TimelineItem,
  y: number,
  color: string,
  colors: TimelineColors,
  selected: boolean,
  focused: boolean,
): void {
  if (item.type === 'cluster') {
    const count = String(item.indices.length);
    const w = getClusterWidth(item.indices.length);
    context.fillStyle = color;
    roundRect(context, item.x - w / 2, y - 9, w, 18, 9);
    context.fill();
    context.font = GEOMETRY.countFont;
    context.fillStyle = colors.onLane;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(count, item.x, y + 0.5);
    context.textAlign = 'start';
    return;
  }
  context.beginPath();
  context.arc(item.x, y, selected ? GEOMETRY.markRadius + 2 : GEOMETRY.markRadius, 0, Math.PI * 2);
  context.fillStyle = color;
  context.fill();
  if (selected || focused) {
    context.lineWidth = 2;
    context.strokeStyle = colors.fg;
    context.beginPath();
    context.arc(item.x, y, GEOMETRY.markRadius + 5, 0, Math.PI * 2);
    context.stroke();
  }
}

function drawArcs(
  context: CanvasRenderingContext2D,
  arcs: TimelineFrame['arcs'],
  colors: TimelineColors,
  geometry: LaneGeometry,
): void {
  context.strokeStyle = colors.accent;
  context.lineWidth = 1.5;
  context.setLineDash([5, 4]);
  for (const arc of arcs) {
    const { x0, y0, cx, cy, x1, y1 } = createArcCurve(arc, geometry);
    context.beginPath();
    context.moveTo(x0, y0);
    context.quadraticCurveTo(cx, cy, x1, y1);
    context.stroke();
  }
  context.setLineDash([]);
}

function roundRect(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  context.beginPath();
  context.moveTo(x + r, y);
  context.arcTo(x + w, y, x + w, y + h, r);
  context.arcTo(x + w, y + h, x, y + h, r);
  context.arcTo(x, y + h, x, y, r);
  context.arcTo(x, y, x + w, y, r);
  context.closePath();
}
