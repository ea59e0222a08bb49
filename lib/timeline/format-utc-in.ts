import { formatUtc } from '../dates/format-date';
import type { TimelineLanguage } from './timeline-words';

/** The timeline's date patterns, as formatUtc() writes them in English ("d MMM" → "4 May"). */
export type TimelineDatePattern = 'yyyy' | 'MMM' | 'd MMM' | 'd MMM yyyy' | 'd MMMM yyyy';

/**
 * Each pattern in Japanese, as date-fns's `ja` locale writes it (2022年, 5月, 5月4日, 2022年5月4日):
 * `y` the year, `M` the month, `d` the day. Written out here, not through date-fns, to keep it out of
 * the dashboard's first-load script.
 */
const JAPANESE: Record<TimelineDatePattern, string> = {
  yyyy: 'y年',
  MMM: 'M月',
  'd MMM': 'M月d日',
  'd MMM yyyy': 'y年M月d日',
  'd MMMM yyyy': 'y年M月d日',
};

/** The UTC day of a time in a language: formatUtc() in English, its Japanese form in Japanese. */
export function formatUtcIn(
  time: number,
  pattern: TimelineDatePattern,
  language: TimelineLanguage,
): string {
  if (language !== 'ja') return formatUtc(time, pattern);
  const date = new Date(time);
  return JAPANESE[pattern].replace(/[yMd]/g, (token) =>
    String(
      token === 'y'
        ? date.getUTCFullYear()
        : token === 'M'
          ? date.getUTCMonth() + 1
          : date.getUTCDate(),
    ),
  );
}

/** "2022-05-04" in a language: "4 May 2022", "2022年5月4日". */
export function formatDayIn(isoDate: string, language: TimelineLanguage): string {
  return formatUtcIn(Date.parse(`${isoDate}T00:00:00Z`), 'd MMMM yyyy', language);
}
