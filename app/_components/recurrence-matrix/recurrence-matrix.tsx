'use client';

import { useId, useMemo } from 'react';
import {
  computeRecurrenceRows,
  type Recurrence,
  type RecurrenceColumn,
} from '@/lib/recurrence/compute-recurrence';
import { sortRecurrenceRows, type RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import { MatrixGrid } from './matrix-grid';
import { MatrixLegend } from './matrix-legend';
import { MatrixToolbar } from './matrix-toolbar';
import type { MatrixWords } from './matrix-words';
import { fillIn } from '@/lib/text/fill-in';
import { fillCount } from '@/lib/text/fill-count';
import { formatCount } from '@/lib/text/format-count';

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
  /** Called with a bin's column when its header is clicked (a recurrence binRecurrence gathered). */
  onOpenBin?: (column: RecurrenceColumn) => void;
  /** Heading text; default `words.title` ("How each theme recurs"). */
  title?: string;
  /** The matrix's words in the page's language (createMatrixWords). */
  words: MatrixWords;
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
  onOpenBin,
  words,
  title = words.title,
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
  const columns = recurrence.columns;
  const titleId = `${id}-title`;
  const helpId = `${id}-help`;

  if (!rows.length || !columns.length) {
    return (
      <section className="matrix" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p className="matrix-empty">{words.empty}</p>
      </section>
    );
  }

  return (
    <section className="matrix" aria-labelledby={titleId}>
      <MatrixToolbar
        titleId={titleId}
        title={title}
        sort={sort}
        onSortChange={onSortChange}
        words={words}
      />
      <MatrixLegend words={words} />
      <p className="muted matrix-help" id={helpId}>
        {helpOf(rows.length, columns, words)}
      </p>
      <MatrixGrid
        rows={rows}
        columns={columns}
        themeById={themeById}
        labelledBy={titleId}
        describedBy={helpId}
        onOpenCell={onOpenCell}
        onOpenBin={onOpenBin}
        words={words}
      />
    </section>
  );
}

/** The help under the legend: what the rows and columns are, and how to move in the table. */
function helpOf(rows: number, columns: RecurrenceColumn[], words: MatrixWords): string {
  const themes = fillCount(words.themes, rows);
  if (!columns[0]?.bin)
    return fillIn(words.helpEvents, { themes, events: fillCount(words.events, columns.length) });
  const events = columns.reduce((sum, column) => sum + column.bin!.events, 0);
  return fillIn(words.helpBinned, {
    themes,
    events: formatCount(events),
    period: columns[0].id.length > 4 ? words.byMonth : words.byYear,
  });
}
