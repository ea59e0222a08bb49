import { createSearchParams, type SearchParamsInput } from '../url/create-search-params';
import { formatSearch } from '../url/format-search';
import type { Kind, ThemeLabel } from '../types';
import { isOnTheme } from '../corpus/is-on-theme';
import { countWideChars } from './count-wide-chars';

/** A horizontal band of the timeline: the events of some kinds, or the events on one theme. */
export interface Lane {
  id: string;
  label: string;
  /** The kinds of event it holds (kind lanes). */
  kinds?: Kind[];
  /** The theme whose events it holds (theme lanes); an event may then sit in several lanes. */
  theme?: string;
  /** The lane's colour; kind lanes take theirs from the page's `--lane-N` custom properties. */
  color?: string;
}

/** Which lanes the timeline shows: one per kind of meeting, or one per theme. */
export type LaneMode = 'kinds' | 'themes';

/** The timeline's lanes by kind, top to bottom. */
export const LANES: Lane[] = [
  { id: 'leaders', label: 'Leaders’ summits', kinds: ['leaders-summit'] },
  { id: 'two-plus-two', label: '“2+2” meetings', kinds: ['security-consultative-committee'] },
  { id: 'defense', label: 'Defense ministerials', kinds: ['defense-ministerial'] },
  { id: 'calls', label: 'Telephone calls', kinds: ['telecon'] },
  { id: 'milestones', label: 'Milestones and anniversaries', kinds: ['milestone', 'anniversary'] },
];

/** The kind lanes' colours as CSS: the page's `--lane-N` custom properties. */
export const KIND_LANE_COLORS = LANES.map((_, index) => `var(--lane-${index})`);

/**
 * A lane's colour: its own (a theme's), else the colour for its place among the kind lanes, from
 * `kindColors` (CSS colours, e.g. KIND_LANE_COLORS, or the same read from the page).
 */
export function getLaneColor(
  lanes: readonly Lane[],
  lane: number,
  kindColors: readonly string[],
): string | undefined {
  return lanes[lane]?.color ?? kindColors[lane];
}

/** One lane per theme: the selected themes in the given order, or every theme when none is. */
export function createThemeLanes(themes: ThemeLabel[], selected: readonly string[]): Lane[] {
  const shown = selected.length
    ? selected.flatMap((id) => themes.filter((theme) => theme.id === id))
    : themes;
  return shown.map(({ id, label, color }) => ({ id: `theme-${id}`, label, theme: id, color }));
}

/** The lanes for a mode and a theme selection. */
export function createLanes(
  mode: LaneMode,
  themes: ThemeLabel[],
  selected: readonly string[],
): Lane[] {
  return mode === 'themes' ? createThemeLanes(themes, selected) : LANES;
}

/** The indices of the lanes that hold an event: one kind lane, or each lane of its themes. */
export function findLanes(
  event: { kind: Kind; themes: readonly string[] },
  lanes: readonly Lane[],
): number[] {
  const found: number[] = [];
  lanes.forEach((lane, index) => {
    if (lane.theme ? isOnTheme(event, lane.theme) : lane.kinds?.includes(event.kind))
      found.push(index);
  });
  return found;
}

/** The timeline's vertical measures for a number of lanes, in CSS pixels. */
export interface LaneGeometry {
  axisHeight: number;
  laneHeight: number;
  /** The whole timeline's height. */
  height: number;
  /** The y of a lane's marks. */
  markY: (lane: number) => number;
  /**
   * Each label row's offset from its lane's marks, in pixels: the row beside the marks (0), the one
   * below them, and the one above them (right of the lane's title), all inside the lane.
   */
  labelRows: readonly number[];
}

const AXIS_HEIGHT = 30;

/** Lanes are 50 px tall, or 40 px where there are more than five (theme lanes). */
export function createLaneGeometry(laneCount: number): LaneGeometry {
  const laneHeight = laneCount > 5 ? 40 : 50;
  return {
    axisHeight: AXIS_HEIGHT,
    laneHeight,
    height: AXIS_HEIGHT + laneCount * laneHeight + 6,
    // Clusters (18 px tall) and selection rings stay below the lane's name, in its top 16 px.
    markY: (lane) => AXIS_HEIGHT + lane * laneHeight + Math.min(30, laneHeight - 14),
    labelRows: laneHeight > 40 ? [0, 13, -13] : [0, 11, -12],
  };
}

/** Reads `lanes=themes` from a URL's search params; anything else means the kind lanes. */
export function parseLaneMode(input: SearchParamsInput): LaneMode {
  return createSearchParams(input).get('lanes') === 'themes' ? 'themes' : 'kinds';
}

/** The search string (no leading `?`) for a lane mode, keeping every other param of `current`. */
export function createLaneModeSearch(current: SearchParamsInput, mode: LaneMode): string {
  const params = createSearchParams(current);
  if (mode === 'themes') params.set('lanes', 'themes');
  else params.delete('lanes');
  return formatSearch(params);
}

/** A reference arc's ends: x positions and lanes. */
export interface ArcEnds {
  x0: number;
  lane0: number;
  x1: number;
  lane1: number;
}

/**
 * A reference arc as a quadratic curve from (x0, y0) to (x1, y1) through the control point
 * (cx, cy): just above both marks, lifted more the farther apart they are, never above the axis.
 */
export function createArcCurve(
  { x0, lane0, x1, lane1 }: ArcEnds,
  geometry: LaneGeometry,
): { x0: number; y0: number; cx: number; cy: number; x1: number; y1: number } {
  const y0 = geometry.markY(lane0) - 8;
  const y1 = geometry.markY(lane1) - 8;
  const lift = Math.min(geometry.laneHeight * 1.5, 24 + Math.abs(x1 - x0) * 0.2);
  const cy = Math.max(geometry.axisHeight, Math.min(y0, y1) - lift);
  return { x0, y0, cx: (x0 + x1) / 2, cy, x1, y1 };
}

/** A lane's title and the box behind it, which hides the gridlines and arcs that pass under it. */
export interface LaneTitleBox {
  /** The title's text, in capitals. */
  text: string;
  /** The box, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text's left end and its top (11 px type). */
  textX: number;
  textTop: number;
}

/**
 * Where a lane's title goes, with a box `textWidth` (the title's width in pixels, in capitals at
 * 11 px; estimateTitleWidth where nothing can measure it) plus a margin.
 */
export function laneTitleBox(
  lanes: readonly Lane[],
  lane: number,
  geometry: LaneGeometry,
  textWidth: number,
): LaneTitleBox {
  const top = geometry.axisHeight + lane * geometry.laneHeight;
  return {
    text: lanes[lane]!.label.toUpperCase(),
    x: 2,
    y: top + 2,
    width: textWidth + 8,
    height: 15,
    textX: 6,
    textTop: top + 4,
  };
}

/**
 * A generous width for a lane's title in capitals at 11 px, where no canvas can measure it; a
 * full-width character (Japanese) takes the font's whole 11 px and a little more.
 */
export function estimateTitleWidth(text: string): number {
  const wide = countWideChars(text);
  return (text.length - wide) * 7.6 + wide * 11.5;
}
