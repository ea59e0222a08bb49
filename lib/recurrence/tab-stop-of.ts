import type { CellPosition } from './cell-position';
import type { ColumnRange } from './shown-columns-of';

/**
 * The cell Tab reaches: the `active` one, moved into the grid's `rowCount` rows and among the
 * rendered `columns`, so that the grid always has one focusable cell in the DOM.
 */
export function tabStopOf(
  active: CellPosition,
  rowCount: number,
  columns: ColumnRange,
): CellPosition {
  return {
    row: Math.min(Math.max(active.row, 0), rowCount - 1),
    col: Math.min(Math.max(active.col, columns.start), columns.end - 1),
  };
}
