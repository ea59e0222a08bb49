import type { GridView } from './grid-view';

/** Rows rendered above and below those on screen. */
const OVERSCAN = 2;

/** A row to render, and how many rows are left out between it and the one rendered before. */
export interface ShownRow {
  index: number;
  gapBefore: number;
}

/** The rows to render in index order, and how many rows are left out after the last of them. */
export interface ShownRows {
  shown: ShownRow[];
  after: number;
}

/**
 * The rows to render out of `count`: those on screen plus OVERSCAN above and below, and the
 * `current` row (the one Tab reaches) wherever it is; a `current` out of range adds none.
 */
export function shownRowsOf(
  view: Pick<GridView, 'top' | 'bottom' | 'rowHeight'>,
  count: number,
  current: number,
): ShownRows {
  const first = Math.max(0, Math.floor(view.top / view.rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil(view.bottom / view.rowHeight) + OVERSCAN);
  const indices = new Set<number>();
  for (let index = first; index < last; index += 1) indices.add(index);
  if (current >= 0 && current < count) indices.add(current);
  const sorted = [...indices].sort((a, b) => a - b);
  const shown = sorted.map((index, position) => ({
    index,
    gapBefore: index - (position ? sorted[position - 1]! + 1 : 0),
  }));
  return { shown, after: count - (sorted.length ? sorted.at(-1)! + 1 : 0) };
}
