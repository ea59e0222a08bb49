import { COLUMN_WIDTH } from './grid-view';

/**
 * The horizontal scroll that brings column `col` into a view `width` px wide scrolled to `left`,
 * moving as little as possible: `left` itself when the column is already in view.
 */
export function scrollLeftFor(col: number, left: number, width: number): number {
  const x = col * COLUMN_WIDTH;
  if (x < left) return x;
  if (x + COLUMN_WIDTH > left + width) return x + COLUMN_WIDTH - width;
  return left;
}
