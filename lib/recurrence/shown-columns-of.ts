import { COLUMN_WIDTH, type GridView } from './grid-view';

/** Columns rendered beyond each side of those in view. */
const OVERSCAN = 3;

/** Column indices from `start` (included) to `end` (excluded). */
export interface ColumnRange {
  start: number;
  end: number;
}

/**
 * The columns to render out of `count`: those in the view plus OVERSCAN on each side. A scroll past
 * the last column (left from before the columns shrank) renders the last screenful; fewer columns
 * than a view holds are all rendered.
 */
export function shownColumnsOf(view: Pick<GridView, 'left' | 'width'>, count: number): ColumnRange {
  const inView = Math.ceil(view.width / COLUMN_WIDTH) + 1;
  const first = Math.floor(view.left / COLUMN_WIDTH) - OVERSCAN;
  const start = Math.max(0, Math.min(first, count - inView));
  return { start, end: Math.min(count, start + inView + 2 * OVERSCAN) };
}
