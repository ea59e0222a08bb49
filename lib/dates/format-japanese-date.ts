/** A Japanese era: its name and the first day (Gregorian, `YYYY-MM-DD`) of its first year. */
interface Era {
  name: string;
  start: string;
}

/**
 * The eras since Japan took the Gregorian calendar (1 January 1873, Meiji 6), newest first. An era
 * begins on the day its emperor accedes (Taishō and Shōwa on the day of the death before, Heisei on
 * the day after, Reiwa on the day after the abdication); Meiji's start is the lunar new year of 1868,
 * to which it was dated back. Its first year is 元年, the rest count on from it with the calendar.
 */
const ERAS: readonly Era[] = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  { name: '明治', start: '1868-01-25' },
];

/** The first day for which a Gregorian date has an era year: before it Japan kept the lunar calendar. */
const GREGORIAN_ADOPTED = '1873-01-01';

/**
 * "2022-05-04" → "2022年5月4日" (as date-fns's `ja` locale writes it), whatever the reader's time
 * zone. Read off the date's own digits: the dashboard's event panel formats dates in the browser,
 * where date-fns and its locale would cost some 10 KB of first-load JavaScript.
 */
export function formatJapaneseDate(isoDate: string): string {
  return `${Number(isoDate.slice(0, 4))}年${monthDayOf(isoDate)}`;
}

/** "2022-05-04" → "5月4日". */
function monthDayOf(isoDate: string): string {
  return `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;
}

/**
 * "2022-05-04" → "令和4年5月4日"; the first year of an era is 元年 ("2019-05-01" → "令和元年5月1日").
 * Null before 1873, when Japan did not yet count Gregorian days in era years.
 */
export function formatJapaneseEraDate(isoDate: string): string | null {
  const era = eraOf(isoDate);
  if (!era) return null;
  const year = Number(isoDate.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${year === 1 ? '元' : year}年${monthDayOf(isoDate)}`;
}

/** The era a `YYYY-MM-DD` date falls in, or null before the Gregorian calendar's adoption. */
function eraOf(isoDate: string): Era | null {
  if (isoDate < GREGORIAN_ADOPTED) return null;
  return ERAS.find((era) => era.start <= isoDate) ?? null;
}
