import type { CellPosition } from './cell-position';
import { COLUMN_WIDTH } from './grid-view';

/** A key press as the grid reads it (a KeyboardEvent has both). */
export interface GridKey {
  key: string;
  ctrlKey: boolean;
}

/** The grid's size in cells, and how many columns Page Up and Page Down move by. */
export interface GridSize {
  rows: number;
  columns: number;
  page: number;
}

type Move = (from: CellPosition, grid: GridSize, ctrlKey: boolean) => CellPosition;

const MOVES: Record<string, Move> = {
  ArrowRight: (from) => ({ ...from, col: from.col + 1 }),
  ArrowLeft: (from) => ({ ...from, col: from.col - 1 }),
  ArrowDown: (from) => ({ ...from, row: from.row + 1 }),
  ArrowUp: (from) => ({ ...from, row: from.row - 1 }),
  PageDown: (from, grid) => ({ ...from, col: from.col + grid.page }),
  PageUp: (from, grid) => ({ ...from, col: from.col - grid.page }),
  Home: (from, _grid, ctrlKey) => (ctrlKey ? { row: 0, col: 0 } : { ...from, col: 0 }),
  End: (from, grid, ctrlKey) =>
    ctrlKey ? { row: grid.rows - 1, col: grid.columns - 1 } : { ...from, col: grid.columns - 1 },
};

/**
 * The cell a key moves to from `from`, kept inside the grid: arrows by one cell, Page Up/Down by a
 * page of columns, Home/End to the row's first/last column, Ctrl+Home/End to the grid's first/last
 * cell. Null for a key that does not move.
 */
export function nextCellOf(
  { key, ctrlKey }: GridKey,
  from: CellPosition,
  grid: GridSize,
): CellPosition | null {
  if (!Object.hasOwn(MOVES, key)) return null;
  const next = MOVES[key]!(from, grid, ctrlKey);
  return {
    row: Math.min(Math.max(next.row, 0), grid.rows - 1),
    col: Math.min(Math.max(next.col, 0), grid.columns - 1),
  };
}

/** Columns a Page Up or Page Down moves by in a view `width` px wide: a screenful less one, at least one. */
export function pageColumnsOf(width: number): number {
  return Math.max(1, Math.floor(width / COLUMN_WIDTH) - 1);
}
