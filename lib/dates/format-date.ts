import { format } from 'date-fns';

/**
 * The UTC calendar day of a time, formatted with a date-fns pattern of days, months and years
 * ("d MMM yyyy"), whatever the reader's time zone: the pattern is applied to local noon on the
 * same day, clear of the hours a change of clocks skips.
 */
export function formatUtc(time: number, pattern: string): string {
  const date = new Date(time);
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
  // Years below 100 would otherwise be read as 19xx.
  local.setFullYear(date.getUTCFullYear());
  return format(local, pattern);
}

/** "2022-05-04" → "4 May 2022", whatever the reader's time zone. */
export function formatDate(isoDate: string): string {
  return formatUtc(Date.parse(`${isoDate}T00:00:00Z`), 'd MMMM yyyy');
}
