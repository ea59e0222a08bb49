import type { CSSProperties } from 'react';
import { formatCellPosition } from '@/lib/recurrence/cell-position';
import { recurrenceMarksOf, type RecurrenceRow } from '@/lib/recurrence/compute-recurrence';
import { MARK_SYMBOLS } from '@/lib/recurrence/mark-labels';
import { shadeOf } from '@/lib/recurrence/shade-of';
import type { MatrixWords } from './matrix-words';

/** Props of one cell of the event columns. */
export interface MatrixCellProps {
  row: RecurrenceRow;
  rowIndex: number;
  /** Index of the event column, from 0. */
  col: number;
  /** The largest count in the matrix: the darkest shade. */
  maxCount: number;
  /** 0 for the grid's one tab stop, -1 for the others. */
  tabIndex: number;
  /** Id of the tooltip, while it is this cell's. */
  describedBy?: string;
  words: Pick<MatrixWords, 'marks' | 'markSeparator' | 'none'>;
}

/**
 * A theme's statements in an event: the count, shaded by it, with the marks' symbols (and their
 * words for screen readers); "none" read out for an empty cell.
 */
export function MatrixCell({
  row,
  rowIndex,
  col,
  maxCount,
  tabIndex,
  describedBy,
  words,
}: MatrixCellProps) {
  const count = row.counts[col] ?? 0;
  const marks = count ? recurrenceMarksOf(row, col) : [];
  return (
    <td
      // Said outright, as on the total: a td's implicit role hangs on its table's role, which some
      // tools (Testing Library) do not follow and read as a plain "cell".
      role="gridcell"
      className="matrix-cell"
      data-cell={formatCellPosition({ row: rowIndex, col })}
      data-count={count || undefined}
      aria-colindex={col + 3}
      tabIndex={tabIndex}
      aria-describedby={describedBy}
      style={count ? ({ '--shade': `${shadeOf(count, maxCount)}%` } as CSSProperties) : undefined}
    >
      {count > 0 && count}
      {marks.length > 0 && (
        <>
          <span className="matrix-marks" aria-hidden="true">
            {marks.map((mark) => MARK_SYMBOLS[mark]).join('')}
          </span>
          <span className="visually-hidden">
            {words.markSeparator}
            {marks.map((mark) => words.marks[mark]).join(words.markSeparator)}
          </span>
        </>
      )}
      {!count && <span className="visually-hidden">{words.none}</span>}
    </td>
  );
}
