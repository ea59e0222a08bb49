import type { GridView } from './grid-view';

/**
 * Whether `next` renders the same cells as `current`: the same scroll and width across, and the
 * same rows (counted at `next`'s row height) in part on screen down. Keeps a scroll within a row
 * from rendering the grid again.
 */
export function isSameGridView(current: GridView, next: GridView): boolean {
  const { rowHeight } = next;
  return (
    current.left === next.left &&
    current.width === next.width &&
    current.rowHeight === rowHeight &&
    Math.floor(current.top / rowHeight) === Math.floor(next.top / rowHeight) &&
    Math.ceil(current.bottom / rowHeight) === Math.ceil(next.bottom / rowHeight)
  );
}
