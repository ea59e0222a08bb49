import { format, isValid, parse, subYears } from 'date-fns';
import { isCalendarDate } from '../dates/is-calendar-date';
import { parseJapaneseDate } from '../dates/parse-japanese-date';

const MONTH =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';

/** "May 4, 2022", "Jan. 12, 2023", "September 14", "23 May 2022", "4 May": month names in any style. */
const DATE_PATTERN = new RegExp(
  `\\b(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+(${MONTH})(?:\\s+(\\d{4}))?)(?![\\d:])`,
  'i',
);

/** A label publishers put beside the date: "Release | Jan. 31, 2025", "Date: 5 May 2022". */
const DATE_LABEL = /^(?:date|dated|released?|published|issued|updated|posted)\s*:?\s*/i;

/** A Japanese label beside the date ("発表日：", "日付:"), and the brackets or weekday around it. */
const JAPANESE_DATE_LABEL = /^(?:発表日|掲載日|更新日|日付|日時)\s*[：:]?\s*/;
const JAPANESE_DATE_MARKS = /^[「『【［\[]|[」』】］\]]$|[（(][月火水木金土日][）)]$/g;

/**
 * A date written alone on a line: "May 5, 2022", "Jan. 12, 2023", "23 May 2022", "2022-05-05",
 * "令和4年5月5日", "2022年5月5日", or beside a label in its own part of the line: "Release | Jan.
 * 31, 2025", "October 4, 2021 • Statements and Releases", "発表日：「令和４年５月５日」".
 */
export function parseDateLine(line: string): string | null {
  for (const part of line.split(/\s+[|•·]\s+/)) {
    const date = parseDateAlone(part.replace(DATE_LABEL, '')) ?? parseJapaneseDateAlone(part);
    if (date) return date;
  }
  return null;
}

function parseJapaneseDateAlone(line: string): string | null {
  const text = line.trim().replace(JAPANESE_DATE_LABEL, '').replace(JAPANESE_DATE_MARKS, '').trim();
  const found = parseJapaneseDate(text);
  if (!found || found.year === null || found.length !== text.length) return null;
  const iso = isoOfParts(found.year, found.month, found.day);
  return isCalendarDate(iso) ? iso : null;
}

function parseDateAlone(line: string): string | null {
  const text = line.trim().replace(/\.$/, '');
  if (isCalendarDate(text)) return text;
  const match = DATE_PATTERN.exec(text);
  if (!match || match[0].length < text.length - 1 || !(match[3] ?? match[6])) return null;
  return toIsoDate(match, null);
}

/**
 * The first calendar date a text mentions, as `YYYY-MM-DD`. A date with no year ("On May 4,")
 * takes the year of `reference` (the document's issue date), or the year before where that would
 * put it more than a month after the reference. Null when there is none, or no year to resolve it.
 */
export function findDateInText(text: string, reference: string | null): string | null {
  const match = DATE_PATTERN.exec(text);
  if (match) return toIsoDate(match, reference);
  const japanese = parseJapaneseDate(text);
  return japanese ? toIsoOfJapanese(japanese, reference) : null;
}

/** "5月4日" takes its year as "May 4" does; "令和4年5月4日" has its own. */
function toIsoOfJapanese(
  { year, month, day }: { year: number | null; month: number; day: number },
  reference: string | null,
): string | null {
  const known = year ?? (reference ? Number(reference.slice(0, 4)) : null);
  if (known === null) return null;
  const iso = isoOfParts(known, month, day);
  if (!isCalendarDate(iso)) return null;
  if (year !== null || !reference) return iso;
  const date = parse(iso, 'yyyy-MM-dd', new Date(Date.UTC(2000, 0, 1)));
  return isMuchLater(date, reference) ? format(subYears(date, 1), 'yyyy-MM-dd') : iso;
}

function isoOfParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toIsoDate(match: RegExpExecArray, reference: string | null): string | null {
  const month = normalizeMonth(match[1] ?? match[5] ?? '');
  const day = match[2] ?? match[4] ?? '';
  const year = match[3] ?? match[6] ?? reference?.slice(0, 4);
  if (!year) return null;
  const date = parse(`${year} ${month} ${day}`, 'yyyy MMM d', new Date(Date.UTC(2000, 0, 1)));
  if (!isValid(date)) return null;
  const resolved =
    !match[3] && !match[6] && reference && isMuchLater(date, reference) ? subYears(date, 1) : date;
  return format(resolved, 'yyyy-MM-dd');
}

function isMuchLater(date: Date, reference: string): boolean {
  const limit = parse(reference, 'yyyy-MM-dd', new Date());
  limit.setMonth(limit.getMonth() + 1);
  return date > limit;
}

function normalizeMonth(month: string): string {
  const short = month.replace('.', '').slice(0, 3).toLowerCase();
  return short[0]!.toUpperCase() + short.slice(1);
}
