import type { RecurrenceColumn } from '@/lib/recurrence/compute-recurrence';
import { COLUMN_WIDTH } from '@/lib/recurrence/grid-view';
import type { ColumnRange } from '@/lib/recurrence/shown-columns-of';
import { ColumnSpacer } from './column-spacer';
import { columnWordsOf } from './column-words';
import type { MatrixWords } from './matrix-words';
import { fillIn } from '@/lib/text/fill-in';

/** Props of the matrix's header row. */
export interface MatrixHeaderProps {
  /** All the event columns, in date order. */
  columns: RecurrenceColumn[];
  /** Those rendered; spacers stand in for the others. */
  range: ColumnRange;
  /** Called with a bin's column when its header is clicked (columns of binned recurrences). */
  onOpenBin?: (column: RecurrenceColumn) => void;
  words: MatrixWords;
  /** The page's language, which the columns' names and dates are given in where the data allows. */
  language: string;
}

/**
 * The header row: Theme, Total, then one column per event: its date and its label ("Kishi-Austin,
 * Pentagon") running upwards, and its title for screen readers and in the tooltip.
 */
export function MatrixHeader({ columns, range, onOpenBin, words, language }: MatrixHeaderProps) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="matrix-corner" aria-colindex={1}>
          {words.theme}
        </th>
        <th scope="col" className="matrix-total" aria-colindex={2}>
          {words.total}
        </th>
        <ColumnSpacer width={range.start * COLUMN_WIDTH} header />
        {columns.slice(range.start, range.end).map((column, offset) => {
          const Header = column.bin ? BinColumnHeader : EventColumnHeader;
          return (
            <Header
              key={column.id}
              column={column}
              colIndex={range.start + offset + 3}
              words={words}
              language={language}
              onOpenBin={onOpenBin}
            />
          );
        })}
        <ColumnSpacer width={(columns.length - range.end) * COLUMN_WIDTH} header />
      </tr>
    </thead>
  );
}

/** A column header's props: its column, its place among the grid's columns, and the words. */
interface ColumnHeaderProps {
  column: RecurrenceColumn;
  colIndex: number;
  words: MatrixWords;
  language: string;
  onOpenBin?: (column: RecurrenceColumn) => void;
}

/** A bin's column header: a button that opens the bin, named by its period and its count. */
function BinColumnHeader({ column, colIndex, words, language, onOpenBin }: ColumnHeaderProps) {
  const names = columnWordsOf(column, words, language);
  return (
    <th
      scope="col"
      className="matrix-column matrix-bin"
      aria-colindex={colIndex}
      title={fillIn(words.binRange, {
        title: names.title.text,
        from: names.date,
        to: names.to ?? '',
      })}
    >
      <button type="button" onClick={() => onOpenBin?.(column)}>
        <span className="matrix-date">{names.label?.text}</span>{' '}
        <span className="matrix-label">{names.title.text}</span>
      </button>
    </th>
  );
}

/**
 * An event's column header. Where the event has no title in the page's language, the header is in
 * English and says so (`lang`), its tooltip and date with it.
 */
function EventColumnHeader({ column, colIndex, words, language }: ColumnHeaderProps) {
  const names = columnWordsOf(column, words, language);
  const lang = names.title.lang === language ? undefined : names.title.lang;
  const date = lang ? columnWordsOf(column, words, lang).date : names.date;
  const label = names.label?.text;
  return (
    <th
      scope="col"
      className="matrix-column"
      aria-colindex={colIndex}
      lang={lang}
      title={
        label
          ? fillIn(words.columnTitle, { label, title: names.title.text, date })
          : fillIn(words.columnTitleUnlabelled, { title: names.title.text, date })
      }
    >
      <span className="matrix-date">{column.date}</span>
      {names.label && (
        <>
          {' '}
          <span
            className="matrix-label"
            lang={names.label.lang === names.title.lang ? undefined : names.label.lang}
          >
            {names.label.text}
          </span>
        </>
      )}
      <span className="visually-hidden"> {names.title.text}</span>
    </th>
  );
}
