import type { RecurrenceColumn } from '@/lib/recurrence/compute-recurrence';
import { eventLabelIn, eventTitleIn, type WordsIn } from '@/lib/corpus/words-in';
import { formatDateIn } from '@/lib/dates/format-date-in';
import type { MatrixWords } from './matrix-words';
import { fillIn } from '@/lib/text/fill-in';
import { fillCount } from '@/lib/text/fill-count';

/** How a column is named on a page: in the page's language where the data allows. */
export interface ColumnWords {
  title: WordsIn;
  /** The short label shown in the header; none for an event without one. */
  label?: WordsIn;
  /** The column's date (an event's), or its period's first and last days (a bin's), written out. */
  date: string;
  to?: string;
}

/**
 * A column's title, label and dates in `language`: an event's `titleJa`/`labelJa` on a Japanese
 * page where it gives them (else its English, marked so); a bin's title from the words.
 */
export function columnWordsOf(
  column: RecurrenceColumn,
  words: MatrixWords,
  language: string,
): ColumnWords {
  const lang = language === 'ja' ? 'ja' : 'en';
  if (column.bin) {
    const period = lang === 'en' ? (column.label ?? column.id) : periodIn(column.id, language);
    return {
      title: { text: fillIn(fillCount(words.binTitle, column.bin.events), { period }), lang },
      label: { text: period, lang },
      date: formatDateIn(column.bin.from, language),
      to: formatDateIn(column.bin.to, language),
    };
  }
  const label = column.label
    ? eventLabelIn({ label: column.label, labelJa: column.labelJa }, language)
    : undefined;
  return {
    title: eventTitleIn(column, language),
    label,
    date: formatDateIn(column.date, language),
  };
}

/** A bin's id (`2021`, `2021-03`) as the language writes a year or month: "2021年", "2021年3月". */
function periodIn(id: string, language: string): string {
  const [year, month] = id.split('-').map(Number);
  const day = new Date(Date.UTC(year!, (month ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    timeZone: 'UTC',
  }).format(day);
}
