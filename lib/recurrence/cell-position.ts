/** A cell of the matrix's event columns: its row (theme) and column (event) index, from 0. */
export interface CellPosition {
  row: number;
  col: number;
}

/** `row:col`, as a cell's `data-cell` attribute carries it. */
export function formatCellPosition({ row, col }: CellPosition): string {
  return `${row}:${col}`;
}

/** A position from `row:col`; null for anything else. Never throws. */
export function parseCellPosition(value: string | null | undefined): CellPosition | null {
  const match = /^(\d+):(\d+)$/.exec(value ?? '');
  return match ? { row: Number(match[1]), col: Number(match[2]) } : null;
}
