import { ROW_HEIGHT, type GridView } from './grid-view';

/** What the grid's scroller measures, in px; positions are viewport coordinates. */
export interface GridMeasures {
  /** The scroller's box: its top and height. */
  top: number;
  height: number;
  /** The scroller's CSS max-height; NaN (or 0) when it has none. */
  maxHeight: number;
  /** Its top border, inner width and scroll offsets. */
  clientTop: number;
  clientWidth: number;
  scrollTop: number;
  scrollLeft: number;
  /** Height of the (sticky) header row. */
  headerHeight: number;
  /** Width of the sticky theme and total columns. */
  stickyWidth: number;
  /** Height of a rendered body row; 0 when none is rendered yet. */
  rowHeight: number;
  /** The window's inner height. */
  windowHeight: number;
}

/**
 * The part of the grid on screen: the event columns beside the sticky ones, and the body rows in the
 * band below the sticky header, within the scroller (which may grow to its max-height) and the
 * window. A grid below the fold shows its first rows, ready to scroll into view.
 */
export function gridViewOf(measures: GridMeasures): GridView {
  const { top, height, headerHeight } = measures;
  const bodyTop = top + measures.clientTop + headerHeight - measures.scrollTop;
  const maxHeight = measures.maxHeight || height;
  const seenTop = Math.max(top + headerHeight, 0);
  const seenBottom = Math.min(top + Math.max(height, maxHeight), measures.windowHeight);
  return {
    left: measures.scrollLeft,
    width: measures.clientWidth - measures.stickyWidth,
    top: Math.max(0, seenTop - bodyTop),
    bottom: Math.max(0, Math.max(seenTop, seenBottom) - bodyTop),
    rowHeight: measures.rowHeight || ROW_HEIGHT,
  };
}
