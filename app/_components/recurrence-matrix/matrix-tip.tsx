import {
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import type { CellPosition } from '@/lib/recurrence/cell-position';
import {
  recurrenceMarksOf,
  type RecurrenceColumn,
  type RecurrenceRow,
} from '@/lib/recurrence/compute-recurrence';
import { tipPlaceOf } from '@/lib/recurrence/tip-place-of';
import { createEventKey, useApi } from '../../_lib/use-api';
import { findCell } from './cell-element';
import { isOnTheme } from '@/lib/corpus/is-on-theme';
import { hasJapanese } from '@/lib/text/has-japanese';
import { FilledTemplate } from '../filled-template';
import { columnWordsOf } from './column-words';
import type { MatrixWords } from './matrix-words';
import { fillIn } from '@/lib/text/fill-in';
import { fillCount } from '@/lib/text/fill-count';

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
  words: MatrixWords;
  /** The page's language. */
  language: string;
}

/** The count and the first statement of the pointed or focused cell, beside it. */
export function MatrixTip({
  id,
  scrollerRef,
  position,
  row,
  column,
  themeLabel,
  words,
  language,
}: MatrixTipProps) {
  const [place, setPlace] = useState<CSSProperties>({ visibility: 'hidden' });
  const tipRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    setPlace(placeTip(scrollerRef.current, position, tipRef.current));
  }, [scrollerRef, position]);
  const count = row.counts[position.col] ?? 0;
  const marks = recurrenceMarksOf(row, position.col);
  const { data } = useApi(count && !column.bin ? createEventKey(column.id) : null);
  const first = data?.event.statements.find((statement) => isOnTheme(statement, row.theme));
  const names = columnWordsOf(column, words, language);
  const eventTitle = (
    <span lang={names.title.lang === language ? undefined : names.title.lang}>
      {names.title.text}
    </span>
  );
  return (
    <div id={id} ref={tipRef} role="tooltip" className="matrix-tip" style={place}>
      <p>
        <FilledTemplate
          template={words.tipIn}
          slots={{
            theme: <strong>{themeLabel}</strong>,
            event: column.bin ? (
              eventTitle
            ) : (
              <FilledTemplate
                template={words.tipDated}
                slots={{ event: eventTitle, date: names.date }}
              />
            ),
          }}
        />
      </p>
      <p>
        {count ? fillCount(words.statements, count) : words.notSpoken}
        {marks.length > 0 &&
          fillIn(words.tipMarks, {
            marks: marks.map((mark) => words.marks[mark]).join(words.markSeparator),
          })}
      </p>
      {count > 0 && (
        <p className="matrix-tip-statement">
          {first ? (
            <FilledTemplate
              template={words.firstStatement}
              slots={{ text: inLanguage(first.text, language) }}
            />
          ) : (
            words.loadingFirst
          )}
        </p>
      )}
    </div>
  );
}

/** A statement's text, marked with its language where that is not the page's. */
function inLanguage(text: string, language: string): ReactNode {
  const lang = hasJapanese(text) ? 'ja' : 'en';
  return lang === language ? text : <span lang={lang}>{text}</span>;
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
