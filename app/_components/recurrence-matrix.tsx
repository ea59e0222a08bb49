'use client';

import Link from 'next/link';
import {
  Fragment,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import {
  computeRecurrenceRows,
  recurrenceMarksOf,
  type Recurrence,
  type RecurrenceMark,
  type RecurrenceRow,
} from '@/lib/recurrence/compute-recurrence';
import { formatDate } from '@/lib/dates/format-date';
import {
  ROW_SORTS,
  ROW_SORT_LABELS,
  sortRecurrenceRows,
  type RowSort,
} from '@/lib/recurrence/sort-recurrence-rows';
import { createEventKey, useApi } from '../_lib/use-api';

/** A row's theme as the matrix shows it. */
export interface RecurrenceMatrixTheme {
  id: string;
  label: string;
  /** CSS colour: the row's swatch and the hue of its shading. */
  color: string;
}

export interface RecurrenceMatrixProps {
  /** Rows are `recurrence.themes`, columns `recurrence.columns` (events in date order). */
  recurrence: Recurrence;
  /** Labels and colours of (at least) the recurrence's themes. */
  themes: RecurrenceMatrixTheme[];
  /** Row order; the owner keeps it (e.g. in the URL as `sort=`). */
  sort: RowSort;
  onSortChange: (sort: RowSort) => void;
  /** Called on Enter or click on a cell with statements. */
  onOpenCell: (eventId: string, themeId: string) => void;
  /** Heading text; default "How each theme recurs". */
  title?: string;
}

/** Width of one event column in px; the CSS (`.matrix-cell`) uses the same. */
const COLUMN_WIDTH = 40;
/** Columns rendered beyond each side of the visible ones. */
const OVERSCAN = 3;
/** Rows rendered above and below those on screen. */
const ROW_OVERSCAN = 2;
/** A body row's height until one is measured, in px. */
const ROW_HEIGHT = 33;

const MARK_SYMBOLS: Record<RecurrenceMark, string> = { first: '▶', return: '↩', last: '■' };
const MARK_LABELS: Record<RecurrenceMark, string> = {
  first: 'first appearance',
  return: 'return after an absence',
  last: 'last appearance so far',
};

interface CellPosition {
  row: number;
  col: number;
}

/**
 * Rows are themes, columns events in date order; each cell is the number of statements on the
 * theme in the event, shaded by count and marked (symbol, not colour alone) at the theme's first
 * appearance, each return after an absence and its last appearance. A `<table role="grid">`: header
 * cells with scope, arrow keys (Home/End, Page Up/Down by a screenful) move between cells, Enter
 * opens one. Only the columns in view (plus a margin) are rendered, so 10,000 columns stay fast.
 */
export function RecurrenceMatrix({
  recurrence,
  themes,
  sort,
  onSortChange,
  onOpenCell,
  title = 'How each theme recurs',
}: RecurrenceMatrixProps) {
  const id = useId();
  const themeById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const rows = useMemo(
    () =>
      sortRecurrenceRows(
        computeRecurrenceRows(recurrence),
        sort,
        (theme) => themeById.get(theme)?.label ?? theme,
      ),
    [recurrence, sort, themeById],
  );
  const maxCount = useMemo(() => inferMaxCount(rows), [rows]);
  const columns = recurrence.columns;
  const { scrollerRef, view, scrollToColumn } = useColumnWindow();
  const { start, end } = inferColumnRange(view, columns.length);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  // The cell reached by Tab stays among the rendered ones.
  const current = {
    row: clamp(active.row, 0, rows.length - 1),
    col: clamp(active.col, start, end - 1),
  };
  const rowHeight = view.rowHeight;
  const { shown: shownRows, after: rowsAfter } = inferShownRows(view, rows.length, current.row);
  const [tip, setTip] = useState<CellPosition | null>(null);
  const focusPending = useRef(false);

  // In the commit, not after paint: a key pressed right after this one must find focus moved.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    // The cell may come a render later, once its row or column is rendered.
    const cell = findCell(scrollerRef.current, current);
    if (!cell) return;
    focusPending.current = false;
    cell.focus();
  });

  const moveTo = (next: CellPosition) => {
    const target = {
      row: clamp(next.row, 0, rows.length - 1),
      col: clamp(next.col, 0, columns.length - 1),
    };
    scrollToColumn(target.col);
    focusPending.current = true;
    setActive(target);
    setTip(target);
  };

  const open = (position: CellPosition) => {
    const row = rows[position.row];
    const column = columns[position.col];
    if (row && column && row.counts[position.col]) onOpenCell(column.id, row.theme);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const position = readCellPosition(event.target);
    if (!position) return;
    const page = Math.max(1, Math.floor(view.width / COLUMN_WIDTH) - 1);
    const moves: Record<string, CellPosition> = {
      ArrowRight: { ...position, col: position.col + 1 },
      ArrowLeft: { ...position, col: position.col - 1 },
      ArrowDown: { ...position, row: position.row + 1 },
      ArrowUp: { ...position, row: position.row - 1 },
      PageDown: { ...position, col: position.col + page },
      PageUp: { ...position, col: position.col - page },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { ...position, col: 0 },
      End: event.ctrlKey
        ? { row: rows.length - 1, col: columns.length - 1 }
        : { ...position, col: columns.length - 1 },
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(position);
    }
  };

  const onPointCell = (event: SyntheticEvent) => {
    const position = readCellPosition(event.target);
    if (position) setTip(position);
  };

  if (!rows.length || !columns.length) {
    return (
      <section className="matrix" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="matrix-empty">No event matches these filters.</p>
      </section>
    );
  }

  const tipRow = tip && rows[tip.row];
  const tipColumn = tip && columns[tip.col];
  const tipCount = tip && tipRow ? (tipRow.counts[tip.col] ?? 0) : 0;
  const tipId = `${id}-tip`;

  return (
    <section className="matrix" aria-labelledby={`${id}-title`}>
      <div className="matrix-toolbar">
        <h2 id={`${id}-title`}>{title}</h2>
        <label>
          Sort rows by{' '}
          <select value={sort} onChange={(event) => onSortChange(event.target.value as RowSort)}>
            {ROW_SORTS.map((value) => (
              <option key={value} value={value}>
                {ROW_SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <MatrixLegend />
      <p className="muted matrix-help" id={`${id}-help`}>
        {rows.length} {rows.length === 1 ? 'theme' : 'themes'} across{' '}
        {columns.length.toLocaleString('en')} {columns.length === 1 ? 'event' : 'events'}, oldest
        first. In the table, arrow keys move between cells and Enter opens the event’s statements on
        the theme.
      </p>
      <div className="matrix-frame">
        <div
          className="matrix-scroller"
          ref={scrollerRef}
          onMouseLeave={() => setTip(null)}
          // The scroller itself is reachable by keyboard only to scroll; the grid takes arrow keys.
        >
          <table
            role="grid"
            className="matrix-table"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-help`}
            aria-rowcount={rows.length + 1}
            aria-colcount={columns.length + 2}
            onKeyDown={onKeyDown}
            onClick={(event) => {
              const position = readCellPosition(event.target);
              if (!position) return;
              setActive(position);
              open(position);
            }}
            onMouseOver={onPointCell}
            onFocus={(event) => {
              const position = readCellPosition(event.target);
              if (position) {
                setActive(position);
                setTip(position);
              }
            }}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTip(null);
            }}
          >
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" className="matrix-corner" aria-colindex={1}>
                  Theme
                </th>
                <th scope="col" className="matrix-total" aria-colindex={2}>
                  Total
                </th>
                <Spacer width={start * COLUMN_WIDTH} header />
                {columns.slice(start, end).map((column, offset) => (
                  <th
                    key={column.id}
                    scope="col"
                    className="matrix-column"
                    aria-colindex={start + offset + 3}
                    title={`${column.title}, ${formatDate(column.date)}`}
                  >
                    <span className="matrix-date">{column.date}</span>
                    <span className="visually-hidden">{column.title}</span>
                  </th>
                ))}
                <Spacer width={(columns.length - end) * COLUMN_WIDTH} header />
              </tr>
            </thead>
            <tbody>
              {shownRows.map(({ index: rowIndex, gapBefore }) => {
                const row = rows[rowIndex]!;
                const theme = themeById.get(row.theme);
                return (
                  <Fragment key={row.theme}>
                    {gapBefore > 0 && <RowSpacer rows={gapBefore} height={rowHeight} />}
                    <tr
                      aria-rowindex={rowIndex + 2}
                      style={{ '--theme-color': theme?.color } as CSSProperties}
                    >
                      <th scope="row" className="matrix-theme" aria-colindex={1}>
                        {/* Not prefetched: a new filter would fetch every row's page again. */}
                        <Link href={`/themes/${row.theme}`} prefetch={false}>
                          <span className="swatch" aria-hidden="true" />
                          <span className="matrix-theme-label">{theme?.label ?? row.theme}</span>
                        </Link>
                      </th>
                      <td className="matrix-total" aria-colindex={2}>
                        {row.statements.toLocaleString('en')}
                      </td>
                      <Spacer width={start * COLUMN_WIDTH} />
                      {columns.slice(start, end).map((column, offset) => {
                        const col = start + offset;
                        const isCurrent = rowIndex === current.row && col === current.col;
                        const isTip = tip?.row === rowIndex && tip.col === col;
                        return (
                          <MatrixCell
                            key={column.id}
                            row={row}
                            rowIndex={rowIndex}
                            col={col}
                            maxCount={maxCount}
                            tabIndex={isCurrent ? 0 : -1}
                            describedBy={isTip ? tipId : undefined}
                          />
                        );
                      })}
                      <Spacer width={(columns.length - end) * COLUMN_WIDTH} />
                    </tr>
                  </Fragment>
                );
              })}
              {rowsAfter > 0 && <RowSpacer rows={rowsAfter} height={rowHeight} />}
            </tbody>
          </table>
        </div>
        {tip && tipRow && tipColumn && (
          <CellTip
            id={tipId}
            scrollerRef={scrollerRef}
            position={tip}
            themeId={tipRow.theme}
            themeLabel={themeById.get(tipRow.theme)?.label ?? tipRow.theme}
            eventId={tipColumn.id}
            eventTitle={tipColumn.title}
            date={tipColumn.date}
            count={tipCount}
            marks={recurrenceMarksOf(tipRow, tip.col)}
          />
        )}
      </div>
    </section>
  );
}

function MatrixCell({
  row,
  rowIndex,
  col,
  maxCount,
  tabIndex,
  describedBy,
}: {
  row: RecurrenceRow;
  rowIndex: number;
  col: number;
  maxCount: number;
  tabIndex: number;
  describedBy?: string;
}) {
  const count = row.counts[col] ?? 0;
  const marks = count ? recurrenceMarksOf(row, col) : [];
  return (
    <td
      className="matrix-cell"
      data-cell={`${rowIndex}:${col}`}
      data-count={count || undefined}
      aria-colindex={col + 3}
      tabIndex={tabIndex}
      aria-describedby={describedBy}
      style={
        count ? ({ '--shade': `${inferShade(count, maxCount)}%` } as CSSProperties) : undefined
      }
    >
      {count > 0 && count}
      {marks.length > 0 && (
        <>
          <span className="matrix-marks" aria-hidden="true">
            {marks.map((mark) => MARK_SYMBOLS[mark]).join('')}
          </span>
          <span className="visually-hidden">
            , {marks.map((mark) => MARK_LABELS[mark]).join(', ')}
          </span>
        </>
      )}
      {!count && <span className="visually-hidden">none</span>}
    </td>
  );
}

/** Stands in for the columns not rendered, so the table keeps its full width. */
function Spacer({ width, header = false }: { width: number; header?: boolean }) {
  if (!width) return null;
  const Cell = header ? 'th' : 'td';
  return (
    <Cell
      className="matrix-spacer"
      aria-hidden="true"
      style={{ width, minWidth: width, maxWidth: width }}
    />
  );
}

function MatrixLegend() {
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {(Object.keys(MARK_SYMBOLS) as RecurrenceMark[]).map((mark) => (
        <li key={mark}>
          <span className="matrix-legend-symbol" aria-hidden="true">
            {MARK_SYMBOLS[mark]}
          </span>{' '}
          {MARK_LABELS[mark]}
        </li>
      ))}
      <li>
        <span className="matrix-legend-scale" aria-hidden="true" /> darker: more statements
      </li>
    </ul>
  );
}

interface CellTipProps {
  id: string;
  scrollerRef: RefObject<HTMLElement | null>;
  position: CellPosition;
  themeId: string;
  themeLabel: string;
  eventId: string;
  eventTitle: string;
  date: string;
  count: number;
  marks: RecurrenceMark[];
}

/** The count and the first statement of the pointed or focused cell, beside it. */
function CellTip({
  id,
  scrollerRef,
  position,
  themeId,
  themeLabel,
  eventId,
  eventTitle,
  date,
  count,
  marks,
}: CellTipProps) {
  const [place, setPlace] = useState<CSSProperties>({ visibility: 'hidden' });
  const tipRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    setPlace(inferTipPlace(scrollerRef.current, position, tipRef.current));
  }, [scrollerRef, position]);
  const { data } = useApi(count ? createEventKey(eventId) : null);
  const first = data?.event.statements.find((statement) => statement.themes.includes(themeId));
  return (
    <div id={id} ref={tipRef} role="tooltip" className="matrix-tip" style={place}>
      <p>
        <strong>{themeLabel}</strong> in {eventTitle}, {formatDate(date)}
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

/** What of the grid is on screen, in pixels: its event columns across, its body rows down. */
interface GridView {
  /** Horizontal scroll of the event columns. */
  left: number;
  /** Width the event columns have, beside the sticky theme and total columns. */
  width: number;
  /** The part of the body (below the header row) on screen, from the body's top. */
  top: number;
  bottom: number;
  /** Height of a body row. */
  rowHeight: number;
}

/**
 * Tracks which part of the grid is on screen, through the scroller's own scrolling and the page's,
 * one update per animation frame.
 */
function useColumnWindow() {
  const scrollerRef = useRef<HTMLDivElement>(null);
  // Before the first measure (and on the server): a desktop-wide window from the left, all rows.
  const [view, setView] = useState<GridView>({
    left: 0,
    width: 1280,
    top: 0,
    bottom: Infinity,
    rowHeight: ROW_HEIGHT,
  });
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const box = scroller.getBoundingClientRect();
        const headerHeight = scroller.querySelector('thead')?.offsetHeight ?? 0;
        const row = scroller.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
        // The viewport y of the first row's top, and of the band where rows can be seen: below the
        // sticky header, within the scroller (which may grow to its max-height) and the window.
        const bodyTop = box.top + scroller.clientTop + headerHeight - scroller.scrollTop;
        const maxHeight = Number.parseFloat(getComputedStyle(scroller).maxHeight) || box.height;
        const seenTop = Math.max(box.top + headerHeight, 0);
        const seenBottom = Math.min(box.top + Math.max(box.height, maxHeight), window.innerHeight);
        const next: GridView = {
          left: scroller.scrollLeft,
          width: scroller.clientWidth - inferStickyWidth(scroller),
          // A grid below the fold renders its first rows, ready to scroll into view.
          top: Math.max(0, seenTop - bodyTop),
          bottom: Math.max(0, Math.max(seenTop, seenBottom) - bodyTop),
          rowHeight: row?.offsetHeight || ROW_HEIGHT,
        };
        setView((current) =>
          current.left === next.left &&
          current.width === next.width &&
          Math.floor(current.top / next.rowHeight) === Math.floor(next.top / next.rowHeight) &&
          Math.ceil(current.bottom / next.rowHeight) === Math.ceil(next.bottom / next.rowHeight) &&
          current.rowHeight === next.rowHeight
            ? current
            : next,
        );
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    // Content above the grid that grows or shrinks moves it on screen.
    observer.observe(document.body);
    scroller.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      scroller.removeEventListener('scroll', measure);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  const scrollToColumn = useCallback((col: number) => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const sticky = inferStickyWidth(scroller);
    const visible = scroller.clientWidth - sticky;
    const left = scroller.scrollLeft;
    const x = col * COLUMN_WIDTH;
    const next =
      x < left ? x : x + COLUMN_WIDTH > left + visible ? x + COLUMN_WIDTH - visible : left;
    if (next === left) return;
    scroller.scrollLeft = next;
    // Render the target's column now, before the scroll event comes back.
    setView((current) => ({ ...current, left: scroller.scrollLeft, width: visible }));
  }, []);
  return { scrollerRef, view, scrollToColumn };
}

/**
 * The rows to render: those on screen plus ROW_OVERSCAN above and below, and the current row
 * (the one Tab reaches), each with the number of rows left out before it; `after`, those left out
 * at the end.
 */
function inferShownRows(
  view: GridView,
  count: number,
  current: number,
): { shown: { index: number; gapBefore: number }[]; after: number } {
  const first = Math.max(0, Math.floor(view.top / view.rowHeight) - ROW_OVERSCAN);
  const last = Math.min(count, Math.ceil(view.bottom / view.rowHeight) + ROW_OVERSCAN);
  const indices = new Set<number>();
  for (let index = first; index < last; index += 1) indices.add(index);
  if (current >= 0 && current < count) indices.add(current);
  const sorted = [...indices].sort((a, b) => a - b);
  const shown = sorted.map((index, position) => ({
    index,
    gapBefore: index - (position ? sorted[position - 1]! + 1 : 0),
  }));
  return { shown, after: count - (sorted.length ? sorted.at(-1)! + 1 : 0) };
}

/** Stands in for rows not rendered (off screen), so the table keeps its full height. */
function RowSpacer({ rows, height }: { rows: number; height: number }) {
  return (
    <tr className="matrix-row-spacer" aria-hidden="true" style={{ height: rows * height }}>
      <td />
    </tr>
  );
}

/** The columns to render: those in view plus OVERSCAN on each side. */
function inferColumnRange(view: GridView, count: number): { start: number; end: number } {
  const inView = Math.ceil(view.width / COLUMN_WIDTH) + 1;
  const start = clamp(Math.floor(view.left / COLUMN_WIDTH) - OVERSCAN, 0, count - inView);
  return { start: Math.max(0, start), end: Math.min(count, start + inView + 2 * OVERSCAN) };
}

/** Width of the sticky theme and total columns, in px. */
function inferStickyWidth(scroller: HTMLElement): number {
  const corner = scroller.querySelector<HTMLElement>('.matrix-corner');
  const total = scroller.querySelector<HTMLElement>('thead .matrix-total');
  return (corner?.offsetWidth ?? 0) + (total?.offsetWidth ?? 0);
}

/** Below the cell (above it near the bottom), inside the frame. */
function inferTipPlace(
  scroller: HTMLElement | null,
  position: CellPosition,
  tip: HTMLElement | null,
): CSSProperties {
  const cell = findCell(scroller, position);
  const frame = scroller?.parentElement;
  if (!cell || !frame || !tip) return { visibility: 'hidden' };
  const cellBox = cell.getBoundingClientRect();
  const frameBox = frame.getBoundingClientRect();
  const left = clamp(
    cellBox.left - frameBox.left,
    0,
    Math.max(0, frameBox.width - tip.offsetWidth),
  );
  const below = cellBox.bottom - frameBox.top + 4;
  const top =
    below + tip.offsetHeight > frameBox.height && cellBox.top - frameBox.top > tip.offsetHeight
      ? cellBox.top - frameBox.top - tip.offsetHeight - 4
      : below;
  return { left, top };
}

function findCell(scroller: HTMLElement | null, position: CellPosition): HTMLElement | null {
  return (
    scroller?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.col}"]`) ?? null
  );
}

function readCellPosition(target: EventTarget | null): CellPosition | null {
  const cell = (target as Element | null)?.closest?.('[data-cell]');
  const [row, col] = (cell?.getAttribute('data-cell') ?? '').split(':').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)
    ? null
    : { row, col };
}

function inferMaxCount(rows: RecurrenceRow[]): number {
  let max = 1;
  for (const row of rows) for (const count of row.counts) if (count > max) max = count;
  return max;
}

/** Share of the theme's colour in a cell's background, 14-55 %: the square root eases small counts apart. */
function inferShade(count: number, maxCount: number): number {
  return Math.round(14 + 41 * Math.sqrt(count / maxCount));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
