import { Fragment, useId, useMemo } from 'react';
import type { CellPosition } from '@/lib/recurrence/cell-position';
import type { RecurrenceColumn, RecurrenceRow } from '@/lib/recurrence/compute-recurrence';
import { maxCountOf } from '@/lib/recurrence/max-count-of';
import { pageColumnsOf } from '@/lib/recurrence/next-cell-of';
import { shownColumnsOf } from '@/lib/recurrence/shown-columns-of';
import { shownRowsOf } from '@/lib/recurrence/shown-rows-of';
import { MatrixHeader } from './matrix-header';
import { MatrixRow } from './matrix-row';
import { MatrixTip } from './matrix-tip';
import { RowSpacer } from './row-spacer';
import { useGridNavigation } from './use-grid-navigation';
import { useGridView } from './use-grid-view';
import type { MatrixWords } from './matrix-words';
import { useLocaleContext } from '../../_lib/locale-context';

/** Props of the matrix's table. */
export interface MatrixGridProps {
  /** At least one row and one column. */
  rows: RecurrenceRow[];
  columns: RecurrenceColumn[];
  /** A theme's label and CSS colour by its id. */
  themeById: Map<string, { label: string; color: string }>;
  /** Ids of the elements that name and describe the grid. */
  labelledBy: string;
  describedBy: string;
  /** Called with the cell's event and theme on Enter, Space or a click on a cell with statements. */
  onOpenCell: (eventId: string, themeId: string) => void;
  /** Called with a bin's column when its header is clicked. */
  onOpenBin?: (column: RecurrenceColumn) => void;
  words: MatrixWords;
}

/**
 * The `<table role="grid">` in its scrolling frame, rendering only the rows and columns on screen
 * (and a margin), with its keyboard navigation and the tooltip of the cell in hand.
 */
export function MatrixGrid({
  rows,
  columns,
  themeById,
  labelledBy,
  describedBy,
  onOpenCell,
  onOpenBin,
  words,
}: MatrixGridProps) {
  const { locale } = useLocaleContext();
  const tipId = `${useId()}-tip`;
  const maxCount = useMemo(() => maxCountOf(rows), [rows]);
  const { scrollerRef, view, scrollToColumn } = useGridView();
  const range = shownColumnsOf(view, columns.length);
  const open = (position: CellPosition) => {
    const row = rows[position.row];
    const column = columns[position.col];
    if (row && column && row.counts[position.col]) onOpenCell(column.id, row.theme);
  };
  const { current, tip, hideTip, gridProps } = useGridNavigation({
    scrollerRef,
    size: { rows: rows.length, columns: columns.length, page: pageColumnsOf(view.width) },
    columns: range,
    scrollToColumn,
    onOpen: open,
  });
  const { shown, after } = shownRowsOf(view, rows.length, current.row);
  const tipRow = tip && rows[tip.row];
  const tipColumn = tip && columns[tip.col];
  const labelOf = (theme: string) => themeById.get(theme)?.label ?? theme;

  return (
    <div className="matrix-frame">
      <div className="matrix-scroller" ref={scrollerRef} onMouseLeave={hideTip}>
        <table
          role="grid"
          className="matrix-table"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 2}
          {...gridProps}
        >
          <MatrixHeader
            columns={columns}
            range={range}
            onOpenBin={onOpenBin}
            words={words}
            language={locale}
          />
          <tbody>
            {shown.map(({ index, gapBefore }) => {
              const row = rows[index]!;
              return (
                <Fragment key={row.theme}>
                  {gapBefore > 0 && <RowSpacer rows={gapBefore} height={view.rowHeight} />}
                  <MatrixRow
                    row={row}
                    rowIndex={index}
                    label={labelOf(row.theme)}
                    color={themeById.get(row.theme)?.color}
                    columns={columns}
                    range={range}
                    maxCount={maxCount}
                    tabStop={current}
                    tip={tip}
                    tipId={tipId}
                    words={words}
                  />
                </Fragment>
              );
            })}
            {after > 0 && <RowSpacer rows={after} height={view.rowHeight} />}
          </tbody>
        </table>
      </div>
      {tip && tipRow && tipColumn && (
        <MatrixTip
          id={tipId}
          scrollerRef={scrollerRef}
          position={tip}
          row={tipRow}
          column={tipColumn}
          themeLabel={labelOf(tipRow.theme)}
          words={words}
          language={locale}
        />
      )}
    </div>
  );
}
