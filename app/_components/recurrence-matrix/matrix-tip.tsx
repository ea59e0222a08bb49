import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { CellPosition } from '@/lib/recurrence/cell-position';
import {
  recurrenceMarksOf,
  type RecurrenceColumn,
  type RecurrenceRow,
} from '@/lib/recurrence/compute-recurrence';
import { formatDate } from '@/lib/dates/format-date';
import { MARK_LABELS } from '@/lib/recurrence/mark-labels';
import { tipPlaceOf } from '@/lib/recurrence/tip-place-of';
import { createEventKey, useApi } from '../../_lib/use-api';
import { findCell } from './cell-element';
import { isOnTheme } from '@/lib/corpus/is-on-theme';

/** Props of the tooltip of one cell. */
export interface MatrixTipProps {
  id: string;
  /** The element the cells are rendered in; its parent is the frame the tooltip is placed in. */
  scrollerRef: RefObject<HTMLElement | null>;
  /** The cell: its position, row and column, and the row's theme label. */
  position: CellPosition;
  row: RecurrenceRow;
  column: RecurrenceColumn;
  themeLabel: string;
}

/** The count and the first statement of the pointed or focused cell, beside it. */
export function MatrixTip({ id, scrollerRef, position, row, column, themeLabel }: MatrixTipProps) {
  const [place, setPlace] = useState<CSSProperties>({ visibility: 'hidden' });
  const tipRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    setPlace(placeTip(scrollerRef.current, position, tipRef.current));
  }, [scrollerRef, position]);
  const count = row.counts[position.col] ?? 0;
  const marks = recurrenceMarksOf(row, position.col);
  const { data } = useApi(count && !column.bin ? createEventKey(column.id) : null);
  const first = data?.event.statements.find((statement) => isOnTheme(statement, row.theme));
  return (
    <div id={id} ref={tipRef} role="tooltip" className="matrix-tip" style={place}>
      <p>
        <strong>{themeLabel}</strong> in {column.title}
        {column.bin ? '' : `, ${formatDate(column.date)}`}
      </p>
      <p>
        {count
          ? `${count} ${count === 1 ? 'statement' : 'statements'}`
          : 'Not spoken of in this event'}
        {marks.length > 0 && ` (${marks.map((mark) => MARK_LABELS[mark]).join(', ')})`}
      </p>
      {count > 0 && (
        <p className="matrix-tip-statement">
          {first ? `First: “${first.text}”` : 'Loading the first statement…'}
        </p>
      )}
    </div>
  );
}

/** Beside the cell, inside the frame; hidden while the cell is not rendered. */
function placeTip(
  scroller: HTMLElement | null,
  position: CellPosition,
  tip: HTMLElement | null,
): CSSProperties {
  const cell = findCell(scroller, position);
  const frame = scroller?.parentElement;
  if (!cell || !frame || !tip) return { visibility: 'hidden' };
  return tipPlaceOf(cell.getBoundingClientRect(), frame.getBoundingClientRect(), {
    width: tip.offsetWidth,
    height: tip.offsetHeight,
  });
}
