import {
  formatCellPosition,
  parseCellPosition,
  type CellPosition,
} from '@/lib/recurrence/cell-position';

/** The rendered cell at `position` inside `container`; null while it is not rendered. */
export function findCell(
  container: HTMLElement | null,
  position: CellPosition,
): HTMLElement | null {
  const selector = `[data-cell="${formatCellPosition(position)}"]`;
  return container?.querySelector<HTMLElement>(selector) ?? null;
}

/** The position of the cell an event's target is in; null outside the event columns' cells. */
export function cellPositionOf(target: EventTarget | null): CellPosition | null {
  const cell = (target as Element | null)?.closest?.('[data-cell]');
  return parseCellPosition(cell?.getAttribute('data-cell'));
}
