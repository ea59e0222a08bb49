import type { RecurrenceColumn } from '@/lib/recurrence/compute-recurrence';
import { formatDate } from '@/lib/dates/format-date';
import { COLUMN_WIDTH } from '@/lib/recurrence/grid-view';
import type { ColumnRange } from '@/lib/recurrence/shown-columns-of';
import { ColumnSpacer } from './column-spacer';

/** Props of the matrix's header row. */
export interface MatrixHeaderProps {
  /** All the event columns, in date order. */
  columns: RecurrenceColumn[];
  /** Those rendered; spacers stand in for the others. */
  range: ColumnRange;
  /** Called with a bin's column when its header is clicked (columns of binned recurrences). */
  onOpenBin?: (column: RecurrenceColumn) => void;
}

/**
 * The header row: Theme, Total, then one column per event: its date and its label ("Kishi-Austin,
 * Pentagon") running upwards, and its title for screen readers and in the tooltip.
 */
export function MatrixHeader({ columns, range, onOpenBin }: MatrixHeaderProps) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="matrix-corner" aria-colindex={1}>
          Theme
        </th>
        <th scope="col" className="matrix-total" aria-colindex={2}>
          Total
        </th>
        <ColumnSpacer width={range.start * COLUMN_WIDTH} header />
        {columns.slice(range.start, range.end).map((column, offset) =>
          column.bin ? (
            <th
              key={column.id}
              scope="col"
              className="matrix-column matrix-bin"
              aria-colindex={range.start + offset + 3}
              title={`${column.title}: ${formatDate(column.bin.from)} to ${formatDate(column.bin.to)}`}
            >
              <button type="button" onClick={() => onOpenBin?.(column)}>
                <span className="matrix-date">{column.label}</span>{' '}
                <span className="matrix-label">{column.title}</span>
              </button>
            </th>
          ) : (
            <th
              key={column.id}
              scope="col"
              className="matrix-column"
              aria-colindex={range.start + offset + 3}
              title={`${column.label ? `${column.label}: ` : ''}${column.title}, ${formatDate(column.date)}`}
            >
              <span className="matrix-date">{column.date}</span>
              {column.label && (
                <>
                  {' '}
                  <span className="matrix-label">{column.label}</span>
                </>
              )}
              <span className="visually-hidden"> {column.title}</span>
            </th>
          ),
        )}
        <ColumnSpacer width={(columns.length - range.end) * COLUMN_WIDTH} header />
      </tr>
    </thead>
  );
}
