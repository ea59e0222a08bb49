import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import type { CellPosition } from '@/lib/recurrence/cell-position';
import { nextCellOf, type GridSize } from '@/lib/recurrence/next-cell-of';
import type { ColumnRange } from '@/lib/recurrence/shown-columns-of';
import { tabStopOf } from '@/lib/recurrence/tab-stop-of';
import { cellPositionOf, findCell } from './cell-element';

/** What the grid's keyboard navigation needs to know of the grid. */
export interface GridNavigationOptions {
  /** The element the cells are rendered in. */
  scrollerRef: RefObject<HTMLElement | null>;
  /** The grid's size in cells, and the columns Page Up/Down move by. */
  size: GridSize;
  /** The rendered columns: the cell Tab reaches stays among them. */
  columns: ColumnRange;
  /** Brings a column into view (and into the DOM). */
  scrollToColumn: (col: number) => void;
  /** Called on Enter, Space or a click on a cell. */
  onOpen: (position: CellPosition) => void;
}

/**
 * The grid's one tab stop (`current`), moved by arrow keys, Home/End and Page Up/Down, and the cell
 * the tooltip is for (`tip`: the one pointed at or focused). `gridProps` go on the table.
 */
export function useGridNavigation({
  scrollerRef,
  size,
  columns,
  scrollToColumn,
  onOpen,
}: GridNavigationOptions) {
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [tip, setTip] = useState<CellPosition | null>(null);
  const focusPending = useRef(false);
  const current = tabStopOf(active, size.rows, columns);

  // In the commit, not after paint: a key pressed right after this one must find focus moved.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    // The cell may come a render later, once its row or column is rendered.
    const cell = findCell(scrollerRef.current, current);
    if (!cell) return;
    focusPending.current = false;
    cell.focus();
  });

  const moveTo = (target: CellPosition) => {
    scrollToColumn(target.col);
    focusPending.current = true;
    setActive(target);
    setTip(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const position = cellPositionOf(event.target);
    if (!position) return;
    const next = nextCellOf(event, position, size);
    if (next) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(position);
    }
  };

  const onClick = (event: SyntheticEvent) => {
    const position = cellPositionOf(event.target);
    if (!position) return;
    setActive(position);
    onOpen(position);
  };

  const onMouseOver = (event: SyntheticEvent) => {
    const position = cellPositionOf(event.target);
    if (position) setTip(position);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const position = cellPositionOf(event.target);
    if (!position) return;
    setActive(position);
    setTip(position);
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTip(null);
  };

  return {
    current,
    tip,
    hideTip: () => setTip(null),
    gridProps: { onKeyDown, onClick, onMouseOver, onFocus, onBlur },
  };
}
