import type { CSSProperties } from 'react';
import type { CellPosition } from '@/lib/recurrence/cell-position';
import type { RecurrenceColumn, RecurrenceRow } from '@/lib/recurrence/compute-recurrence';
import { COLUMN_WIDTH } from '@/lib/recurrence/grid-view';
import type { ColumnRange } from '@/lib/recurrence/shown-columns-of';
import { ColumnSpacer } from './column-spacer';
import { MatrixCell } from './matrix-cell';
import type { MatrixWords } from './matrix-words';
import { LocaleLink } from '../../_lib/locale-link';
import { formatCount } from '@/lib/text/format-count';

/** Props of one theme's row. */
export interface MatrixRowProps {
  row: RecurrenceRow;
  rowIndex: number;
  /** The theme's label and CSS colour (none: the theme's id, unshaded). */
  label: string;
  color?: string;
  /** All the event columns, and those rendered. */
  columns: RecurrenceColumn[];
  range: ColumnRange;
  maxCount: number;
  /** The grid's tab stop, and the cell the tooltip (of id `tipId`) is for. */
  tabStop: CellPosition;
  tip: CellPosition | null;
  tipId: string;
  words: Pick<MatrixWords, 'marks' | 'markSeparator' | 'none'>;
}

/** A theme's row: its name (a link to its page), its total, then its rendered event cells. */
export function MatrixRow({
  row,
  rowIndex,
  label,
  color,
  columns,
  range,
  maxCount,
  tabStop,
  tip,
  tipId,
  words,
}: MatrixRowProps) {
  const isHere = (cell: CellPosition | null, col: number) =>
    cell?.row === rowIndex && cell.col === col;
  return (
    <tr aria-rowindex={rowIndex + 2} style={{ '--theme-color': color } as CSSProperties}>
      <th scope="row" className="matrix-theme" aria-colindex={1}>
        {/* Not prefetched: a new filter would fetch every row's page again. */}
        <LocaleLink href={`/themes/${row.theme}`} prefetch={false}>
          <span className="swatch" aria-hidden="true" />
          <span className="matrix-theme-label">{label}</span>
        </LocaleLink>
      </th>
      <td role="gridcell" className="matrix-total" aria-colindex={2}>
        {formatCount(row.statements)}
      </td>
      <ColumnSpacer width={range.start * COLUMN_WIDTH} />
      {columns.slice(range.start, range.end).map((column, offset) => {
        const col = range.start + offset;
        return (
          <MatrixCell
            key={column.id}
            row={row}
            rowIndex={rowIndex}
            col={col}
            maxCount={maxCount}
            tabIndex={isHere(tabStop, col) ? 0 : -1}
            describedBy={isHere(tip, col) ? tipId : undefined}
            words={words}
          />
        );
      })}
      <ColumnSpacer width={(columns.length - range.end) * COLUMN_WIDTH} />
    </tr>
  );
}
