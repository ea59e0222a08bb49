import type { Domain } from './domain';
import { formatDayIn, formatUtcIn } from './format-utc-in';
import type { TimelineEvent } from './timeline-events';
import { fillIn } from '../text/fill-in';
import type { TimelineLanguage, TimelineWords } from './timeline-words';

/**
 * A window as its first and last days, e.g. "1 Jan 2021 – 31 Dec 2023" with `separator` " – "
 * ("2021年1月1日 – 2023年12月31日" in Japanese).
 */
export function formatWindow(
  [start, end]: Domain,
  separator: string,
  language: TimelineLanguage = 'en',
): string {
  const day = (time: number) => formatUtcIn(time, 'd MMM yyyy', language);
  return `${day(start)}${separator}${day(end - 1)}`;
}

/** A cluster's accessible name: "3 events from 1 January 2022 to 3 January 2022; zoom in". */
export function describeCluster(
  indices: readonly number[],
  events: readonly TimelineEvent[],
  words: Pick<TimelineWords, 'clusterName' | 'language'>,
): string {
  const dates = indices.map((index) => events[index]!.date).sort();
  return fillIn(words.clusterName, {
    count: indices.length,
    from: formatDayIn(dates[0]!, words.language),
    to: formatDayIn(dates.at(-1)!, words.language),
  });
}
