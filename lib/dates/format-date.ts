const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What each token of a pattern stands for, on a UTC date. */
const TOKENS: Record<string, (date: Date) => string> = {
  yyyy: (date) => String(date.getUTCFullYear()).padStart(4, '0'),
  MMMM: (date) => MONTHS[date.getUTCMonth()]!,
  MMM: (date) => MONTHS[date.getUTCMonth()]!.slice(0, 3),
  d: (date) => String(date.getUTCDate()),
};

/**
 * The UTC calendar day of a time, formatted with a pattern of `d`, `MMM`, `MMMM` and `yyyy`
 * ("d MMM yyyy" → "4 May 2022"), whatever the reader's time zone. Other characters stay as they
 * are.
 */
export function formatUtc(time: number, pattern: string): string {
  const date = new Date(time);
  return pattern.replace(/yyyy|MMMM|MMM|d/g, (token) => TOKENS[token]!(date));
}

/** "2022-05-04" → "4 May 2022", whatever the reader's time zone. */
export function formatDate(isoDate: string): string {
  return formatUtc(Date.parse(`${isoDate}T00:00:00Z`), 'd MMMM yyyy');
}
